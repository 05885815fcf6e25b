#!/bin/sh
# scripts/test.sh -- every test, on a throwaway PostgreSQL:
#   the core's C unit tests, pg_regress and the isolation specs (make
#   installcheck), pgTAP through pg_prove, the TAP tests test/t/*.pl
#   (scripts/tap.sh: mutation, crash safety, dump and restore), the seed,
#   sample and held-out articles (data/heldout, data/heldout2, data/heldout3,
#   data/heldout4)
#   against their gold files (skipped when ../shared/seeds is absent) and the fuzz smoke
#   run when clang is there.
# Ends with one summary line "total: N passed, N failed"; exits non-zero on
# any failure.
set -u
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOG=$ROOT/build/test-logs
rm -rf "$LOG"
mkdir -p "$LOG"

sh scripts/setup.sh || exit 1

passed=0
failed=0
failures=""

# record NAME PASSED FAILED
record() {
	passed=$((passed + $2))
	failed=$((failed + $3))
	if [ "$3" -gt 0 ]; then
		failures="$failures $1"
		echo "FAIL  $1 ($2 passed, $3 failed)"
	else
		echo "ok    $1 ($2 passed)"
	fi
}

# ---- build and install
if ! make -s >"$LOG/build.log" 2>&1; then
	cat "$LOG/build.log"
	record build 0 1
	echo "total: $passed passed, $failed failed"
	exit 1
fi
if [ -n "${BC_PGROOT:-}" ]; then
	make -s install DESTDIR="$BC_PGROOT" >"$LOG/install.log" 2>&1
else
	make -s install >"$LOG/install.log" 2>&1
fi || { cat "$LOG/install.log"; record install 0 1; echo "total: $passed passed, $failed failed"; exit 1; }
record build 1 0

# ---- install-script rules (no OR REPLACE / IF NOT EXISTS, @extschema@)
if sh scripts/lint-sql.sh >"$LOG/lint.log" 2>&1; then
	record sql-lint 1 0
else
	cat "$LOG/lint.log"
	record sql-lint 0 1
fi

# ---- C unit tests of the core
make -s unit >"$LOG/unit.log" 2>&1
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOG/unit.log" | tail -1)
if [ -n "$line" ]; then
	p=${line%% passed*}
	f=${line#*passed, }
	f=${f%% failed*}
	record unit "$p" "$f"
	[ "$f" -gt 0 ] && grep -E '^(not ok|#)' "$LOG/unit.log" | head -50
else
	tail -30 "$LOG/unit.log"
	record unit 0 1
fi

# ---- a throwaway cluster
cluster_env=$(sh scripts/pgtmp.sh start) || { record cluster 0 1; echo "total: $passed passed, $failed failed"; exit 1; }
eval "$cluster_env"
trap 'sh scripts/pgtmp.sh stop' EXIT INT TERM

# ---- pg_regress (tests that need the seeds read BORDERCOOP_SEEDS)
# the shared folder (seeds, scorer) sits beside the clone; BC_SHARED overrides
SHARED=${BC_SHARED:-$ROOT/../shared}
export BC_SHARED="$SHARED"
SEEDS=$SHARED/seeds
[ -d "$SEEDS" ] && export BORDERCOOP_SEEDS="$SEEDS"
make -s installcheck >"$LOG/regress.log" 2>&1
n=$(grep -cE '^(ok|not ok) ' "$LOG/regress.log")
[ "$n" -gt 0 ] || n=$(grep -cE '^test .* \.\.\. ' "$LOG/regress.log")
nf=$(grep -cE '^not ok |\.\.\. FAILED' "$LOG/regress.log")
if [ "$n" -eq 0 ]; then
	tail -20 "$LOG/regress.log"
	record pg_regress 0 1
else
	record pg_regress $((n - nf)) "$nf"
	if [ "$nf" -gt 0 ] && [ -f regression.diffs ]; then
		head -200 regression.diffs
	fi
	if [ "$nf" -gt 0 ] && [ -f output_iso/regression.diffs ]; then
		head -200 output_iso/regression.diffs
	fi
fi

# ---- pgTAP
psql -X -q -d postgres -c "create database bordercoop_tap" >/dev/null 2>&1
if PGDATABASE=bordercoop_tap pg_prove --ext .sql test/pgtap/ >"$LOG/pgtap.log" 2>&1; then
	t=$(sed -n 's/.*Tests=\([0-9]*\).*/\1/p' "$LOG/pgtap.log" | tail -1)
	record pgtap "${t:-0}" 0
else
	cat "$LOG/pgtap.log" | tail -40
	t=$(sed -n 's/.*Tests=\([0-9]*\).*/\1/p' "$LOG/pgtap.log" | tail -1)
	fl=$(grep -cE '^not ok' "$LOG/pgtap.log")
	[ "$fl" -gt 0 ] || fl=1
	record pgtap $(( ${t:-0} - fl > 0 ? ${t:-0} - fl : 0 )) "$fl"
fi

# ---- TAP tests on PostgreSQL::Test::Cluster (their own clusters)
if [ -n "$(ls test/t/*.pl 2>/dev/null)" ]; then
	sh scripts/tap.sh >"$LOG/tap.log" 2>&1
	tp=$(grep -cE '^ok [0-9]+' "$LOG/tap.log")
	tf=$(grep -cE '^not ok [0-9]+' "$LOG/tap.log")
	if ! grep -q '^Result: PASS' "$LOG/tap.log"; then
		[ "$tf" -gt 0 ] || tf=1
		tail -40 "$LOG/tap.log"
	fi
	record tap "$tp" "$tf"
fi

# ---- the seeds, our sample and our held-out articles against their gold files
# (scripts/check-seeds.sh DIR LEVELS: the shared scorer, and the levels
# reached so far)
score_dir() {
	sh scripts/check-seeds.sh "$2" "$3" >"$LOG/$1.log" 2>&1
	sp=$(grep -c '^ok ' "$LOG/$1.log")
	sf=$(grep -c '^not ok ' "$LOG/$1.log")
	[ "$sp" -gt 0 ] || sf=$((sf + 1))
	record "$1" "$sp" "$sf"
	[ "$sf" -gt 0 ] && cat "$LOG/$1.log"
}
if [ -d "$SEEDS/expected" ] && [ -f "$SHARED/tools/score" ]; then
	score_dir seeds "$SEEDS" test/seed-levels.txt
	score_dir samples data/samples test/sample-levels.txt
	score_dir heldout data/heldout test/heldout-levels.txt
	score_dir heldout2 data/heldout2 test/heldout2-levels.txt
	score_dir heldout3 data/heldout3 test/heldout3-levels.txt
	score_dir heldout4 data/heldout4 test/heldout4-levels.txt
else
	echo "skip  seeds, samples, heldout, heldout2, heldout3, heldout4 ($SHARED/tools/score is absent)"
fi

# ---- the fuzz smoke run
if [ -f scripts/fuzz.sh ] && command -v clang >/dev/null 2>&1; then
	if sh scripts/fuzz.sh --smoke >"$LOG/fuzz.log" 2>&1; then
		record fuzz-smoke 1 0
	else
		tail -40 "$LOG/fuzz.log"
		record fuzz-smoke 0 1
	fi
fi

echo
[ -n "$failures" ] && echo "failed suites:$failures (logs in build/test-logs)"
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
