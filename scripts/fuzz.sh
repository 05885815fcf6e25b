#!/bin/sh
# scripts/fuzz.sh -- libFuzzer on the pure C core.
#
#   sh scripts/fuzz.sh [SECONDS]   run every harness test/fuzz/fuzz_*.c, the
#                                  time shared between them (default 1800)
#   sh scripts/fuzz.sh --smoke     replay the regressions, then about 60 s
#
# Each harness test/fuzz/fuzz_NAME.c is built with
# clang -fsanitize=fuzzer,address,undefined against every core source
# (src/core/*.c, generated ones included) and ICU; adding an entry point is
# adding a file (a line " * requires: src/core/X.h" in its header comment
# skips it while that header is absent).  Seeds: data/samples/*.txt, test/data/ugly/*,
# ../shared/seeds/*.txt when present, test/fuzz/regressions/* and
# test/fuzz/dict/NAME/* (a harness's own seeds).  The working corpus lives in
# build/fuzz/corpus/NAME.  A crashing, leaking or slow input is copied to
# test/fuzz/regressions/ (commit it with its fix); every regression is
# replayed against every harness on each run, smoke included.
# Exit status: 0 when nothing was found.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)

total=1800
smoke=no
case "${1:-}" in
	--smoke) smoke=yes; total=60 ;;
	"") ;;
	*[!0-9]*) echo "usage: $0 [SECONDS|--smoke]" >&2; exit 2 ;;
	*) total=$1 ;;
esac

CC=${FUZZ_CC:-clang}
command -v "$CC" >/dev/null 2>&1 || { echo "fuzz: $CC not found" >&2; exit 2; }
OUT=$ROOT/build/fuzz
mkdir -p "$OUT/obj" "$OUT/corpus" "$OUT/crashes"

# generated core sources (gazetteer tables...) come from the Makefile
make -s >"$OUT/make.log" 2>&1 || { cat "$OUT/make.log"; echo "fuzz: make failed" >&2; exit 2; }

ICU_CFLAGS=$(pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS=$(pkg-config --libs icu-uc icu-i18n)
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFLAGS="-std=gnu11 -g -O1 -Isrc/core $SAN $ICU_CFLAGS"

# compile the core once (objects are reused between harnesses and runs)
objs=""
for src in src/core/*.c; do
	o=$OUT/obj/$(basename "$src" .c).o
	if [ ! -f "$o" ] || [ "$src" -nt "$o" ] || [ src/core/bc_core.h -nt "$o" ]; then
		$CC $CFLAGS -c "$src" -o "$o" || { echo "fuzz: cannot compile $src" >&2; exit 2; }
	fi
	objs="$objs $o"
done
# drop objects of sources that are gone
for o in "$OUT"/obj/*.o; do
	[ -f "src/core/$(basename "$o" .o).c" ] || rm -f "$o"
done

harnesses=$(ls test/fuzz/fuzz_*.c 2>/dev/null)
[ -n "$harnesses" ] || { echo "fuzz: no harness in test/fuzz" >&2; exit 2; }
# harnesses whose core part exists share the time
nh=0
for h in $harnesses; do
	req=$(sed -n 's/^ \* requires: *//p' "$h" | head -1)
	[ -z "$req" ] || [ -f "$req" ] && nh=$((nh + 1))
done
[ "$nh" -gt 0 ] || nh=1
per=$((total / nh))
[ "$per" -ge 5 ] || per=5

status=0
for h in $harnesses; do
	name=$(basename "$h" .c)
	bin=$OUT/$name
	# a harness names the core header it needs ("requires: src/core/X.h");
	# it is skipped until that part of the core exists
	req=$(sed -n 's/^ \* requires: *//p' "$h" | head -1)
	if [ -n "$req" ] && [ ! -f "$req" ]; then
		echo "fuzz: $name skipped ($req is not there yet)"
		continue
	fi
	$CC $CFLAGS -fsanitize=fuzzer "$h" $objs $ICU_LIBS -lstdc++ -o "$bin" ||
		{ echo "fuzz: cannot build $h" >&2; exit 2; }

	# 1. replay every regression input (no fuzzing): must pass
	if ls test/fuzz/regressions/* >/dev/null 2>&1; then
		if ! ASAN_OPTIONS=detect_leaks=1 "$bin" -runs=0 -timeout=20 \
			-rss_limit_mb=4096 test/fuzz/regressions/* >"$OUT/$name.replay.log" 2>&1; then
			tail -40 "$OUT/$name.replay.log"
			echo "fuzz: $name fails on a regression input" >&2
			status=1
			continue
		fi
		echo "fuzz: $name: $(ls test/fuzz/regressions | wc -l) regression inputs replayed"
	fi

	# 2. fuzz, seeded with the samples, the seeds and the regressions
	corpus=$OUT/corpus/$name
	mkdir -p "$corpus"
	seeds=""
	for d in data/samples test/data/ugly ../shared/seeds test/fuzz/regressions "test/fuzz/dict/$name"; do
		[ -d "$d" ] && seeds="$seeds $d"
	done
	art=$OUT/crashes/$name-
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	"$bin" "$corpus" $seeds -max_total_time="$per" -timeout=20 \
		-rss_limit_mb=4096 -max_len=262144 -print_final_stats=1 \
		-artifact_prefix="$art" >"$OUT/$name.log" 2>&1
	rc=$?
	grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units)' "$OUT/$name.log" | tail -2
	if [ $rc -ne 0 ]; then
		status=1
		grep -E 'ERROR|SUMMARY|==[0-9]+==|#[0-9]+ 0x' "$OUT/$name.log" | head -40
		for c in "$art"*; do
			[ -f "$c" ] || continue
			keep=test/fuzz/regressions/$name-$(sha1sum "$c" | cut -c1-16)
			cp "$c" "$keep"
			echo "fuzz: $name found a problem; input kept as $keep" >&2
		done
	else
		echo "fuzz: $name: nothing found in ${per}s"
	fi
done
exit $status
