#!/bin/sh
# scripts/valgrind.sh -- "make valgrind": the regression suite (pg_regress
# and the isolation specs) against a server running under valgrind memcheck.
# Every server process writes build/valgrind/vg.PID.log; the run fails when
# any of them reports an error (suppressions: test/valgrind/bordercoop.supp,
# plus $PG_VALGRIND_SUPP, e.g. PostgreSQL's src/tools/valgrind.supp, when
# given).  Slow (minutes): not part of scripts/test.sh.
set -eu
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/build/valgrind
PGDIR=${BC_PGDIR:-/tmp/bordercoop-vg}-vg
PORT=$(( ${BC_PGPORT:-54329} + 1000 ))
command -v valgrind >/dev/null || { echo "valgrind: not installed" >&2; exit 2; }

make -s
if [ -n "${BC_PGROOT:-}" ]; then make -s install DESTDIR="$BC_PGROOT"; else make -s install; fi
BIN=$(pg_config --bindir)
[ -n "${BC_PGROOT:-}" ] && BIN=$BC_PGROOT$BIN

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

rm -rf "$OUT" "$PGDIR"
mkdir -p "$OUT" "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres: "$OUT" "$PGDIR"
as_pg "$BIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
SUPP="--suppressions=$ROOT/test/valgrind/bordercoop.supp"
[ -n "${PG_VALGRIND_SUPP:-}" ] && SUPP="$SUPP --suppressions=$PG_VALGRIND_SUPP"
as_pg valgrind --quiet --tool=memcheck --error-exitcode=99 --track-origins=yes \
	--read-var-info=yes --leak-check=no --num-callers=30 $SUPP \
	--log-file="$OUT/vg.%p.log" \
	"$BIN/postgres" -D "$PGDIR/data" -p "$PORT" -k "$PGDIR" -c listen_addresses= \
	-c fsync=off -c max_parallel_workers_per_gather=2 >"$OUT/server.log" 2>&1 &
VGPID=$!
stop() {
	as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m fast -w -t 300 stop >/dev/null 2>&1 || kill "$VGPID" 2>/dev/null || true
}
trap stop EXIT INT TERM
i=0
until as_pg "$BIN/pg_isready" -q -h "$PGDIR" -p "$PORT"; do
	i=$((i + 1)); [ $i -lt 120 ] || { cat "$OUT/server.log"; exit 1; }
	sleep 1
done

rc=0
mkdir -p "$OUT/regress"
PGHOST=$PGDIR PGPORT=$PORT PGUSER=postgres make installcheck \
	EXTRA_REGRESS_OPTS="--outputdir=$OUT/regress" \
	${VALGRIND_REGRESS:+REGRESS="$VALGRIND_REGRESS"} >"$OUT/installcheck.log" 2>&1 || rc=1
grep -E '^test |tests' "$OUT/installcheck.log" || true
stop
trap - EXIT INT TERM
wait "$VGPID" 2>/dev/null || true

# error summaries of every process
errs=0
for f in "$OUT"/vg.*.log; do
	[ -s "$f" ] || continue
	if grep -q '==[0-9]*== .*\(Invalid\|uninitialised\|Conditional jump\|Syscall param\|Mismatched\)' "$f"; then
		errs=$((errs + 1))
		echo "== $f"
		head -60 "$f"
	fi
done
echo "valgrind: $(ls "$OUT"/vg.*.log | wc -l) server processes, $errs with memcheck errors"
[ $rc -eq 0 ] || echo "valgrind: the regression suite failed under valgrind (build/valgrind/installcheck.log)"
[ $errs -eq 0 ] && [ $rc -eq 0 ]
