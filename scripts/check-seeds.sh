#!/bin/sh
# scripts/check-seeds.sh DIR LEVELS -- run ../shared/tools/score on DIR and
# check the result against the levels this release has reached (LEVELS:
# "name minimum" lines, F1 as a decimal, accuracies as "k/n").  Prints one
# "ok"/"not ok" line per level, TAP style.
set -u
cd "$(dirname "$0")/.."
DIR=$1
LEVELS=${2:-test/seed-levels.txt}
out=$(python3 "${BC_SHARED:-../shared}/tools/score" --dir "$DIR" --verbose 2>&1)
status=$?
echo "$out"
if [ $status -ne 0 ]; then
	echo "not ok - score ran"
	exit 1
fi
echo "ok - score ran"
last=$(echo "$out" | grep '^score: ' | tail -1)
while read -r name want; do
	case "$name" in ''|'#'*) continue ;; esac
	got=$(echo "$last" | tr ' ' '\n' | sed -n "s/^$name=//p")
	case "$want" in
		*/*)
			gk=${got%/*}; wk=${want%/*}
			if [ -n "$got" ] && [ "$gk" -ge "$wk" ]; then echo "ok - $name $got (at least $want)"
			else echo "not ok - $name ${got:-missing}, want at least $want"; fi ;;
		*)
			if [ -n "$got" ] && awk "BEGIN{exit !($got >= $want)}"; then echo "ok - $name $got (at least $want)"
			else echo "not ok - $name ${got:-missing}, want at least $want"; fi ;;
	esac
done < "$LEVELS"
