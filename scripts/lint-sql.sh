#!/bin/sh
# scripts/lint-sql.sh -- the install-script rules of PostgreSQL's "Security
# Considerations for Extensions", checked on the text of every install and
# upgrade script: no CREATE OR REPLACE, no IF NOT EXISTS, @extschema@ never
# inside quotes, SECURITY DEFINER only on lines marked "-- definer: why".
# Prints one line per finding; exits 1 when there is any.
cd "$(dirname "$0")/.."
out=""
for f in sql/install/*.sql sql/bordercoop--*--*.sql; do
	[ -f "$f" ] || continue
	# comments do not count
	hits=$(sed 's/--.*$//' "$f" | grep -n -i -E 'or[[:space:]]+replace|if[[:space:]]+not[[:space:]]+exists')
	[ -n "$hits" ] && out="$out$(echo "$hits" | sed "s|^|$f: forbidden: |")
"
	hits=$(grep -n -E "'[^']*@extschema@[^']*'|\"@extschema@\"" "$f")
	[ -n "$hits" ] && out="$out$(echo "$hits" | sed "s|^|$f: @extschema@ in quotes: |")
"
	hits=$(grep -n -i 'security[[:space:]]\+definer' "$f" | grep -v -- '-- definer:')
	[ -n "$hits" ] && out="$out$(echo "$hits" | sed "s|^|$f: SECURITY DEFINER without a '-- definer:' reason: |")
"
done
[ -z "$out" ] && exit 0
printf '%s' "$out"
exit 1
