#!/bin/sh
# scripts/bench.sh -- "make bench": the core standalone, then, on a throwaway
# cluster and a generated corpus of at least 50 MB (data/samples and the
# shared seeds with variations), in one run:
#   COPY ingest into bordercoop.inbox (indexes and triggers included),
#   parse() alone, the search vector, each next to to_tsvector('simple')
#   on the same rows; backend memory before/after parsing 100,000 articles;
#   a bulk re-parse with 2 parallel workers against 1.
# Not a test: it prints figures and the targets next to them.
#   BENCH_MB (default 50), BENCH_MEM_ARTICLES (default 100000)
set -eu
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MB=${BENCH_MB:-50}
MEMN=${BENCH_MEM_ARTICLES:-100000}
OUT=$ROOT/build/bench
mkdir -p "$OUT"

make -s >/dev/null
if [ -n "${BC_PGROOT:-}" ]; then make -s install DESTDIR="$BC_PGROOT" >/dev/null; else make -s install >/dev/null; fi

FILES=$(ls data/samples/*.txt ../shared/seeds/*.txt 2>/dev/null || true)

# ---- the core alone
ICU_CFLAGS=$(pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS=$(pkg-config --libs icu-uc icu-i18n)
${CC:-cc} -std=gnu11 -O2 -g -Isrc/core $ICU_CFLAGS -o "$OUT/bench_core" \
	test/bench/bench_core.c src/core/*.c $ICU_LIBS
echo "== core standalone (bc_extract + bc_result_json, -O2)"
"$OUT/bench_core" -m "$MB" $FILES

# ---- the corpus: every file with variations until MB megabytes
CSV=$OUT/corpus.csv
perl -e '
	use strict; use warnings;
	my ($mb, @files) = @ARGV;
	my @t;
	for my $f (@files) { open my $fh, "<:raw", $f or die; local $/; push @t, scalar <$fh>; }
	my ($bytes, $i) = (0, 0);
	my @prov = ("Tây Ninh", "Lạng Sơn", "Quảng Trị", "Lào Cai", "An Giang", "Gia Lai");
	while ($bytes < $mb * 1048576) {
		my $s = $t[$i % @t];
		# variations: another number, another province, a line added
		my $k = $i;
		$s =~ s/(\d+),(\d+)/$1 . "," . (($2 + $k) % 100)/e;
		$s =~ s/Tây Ninh/$prov[$k % @prov]/ if $k % 3;
		# and other dates: another day of the month, another year
		$s =~ s{\b(\d{1,2})/(\d{1,2})/(20\d\d)\b}{(1 + ($1 + $k) % 28) . "/$2/" . (2015 + ($3 + $k) % 11)}ge;
		$s =~ s{\bngày (\d{1,2})/(\d{1,2})\b}{"ngày " . (1 + ($1 + $k) % 28) . "/$2"}ge;
		$s .= "\nBài $k: hai bên nhất trí tăng cường hợp tác.";
		$s =~ s/"/""/g;
		my $line = "\"c$i\",\"$s\"\n";
		print $line;
		$bytes += length($line);
		$i++;
	}
' "$MB" $FILES >"$CSV"

cluster_env=$(sh scripts/pgtmp.sh start)
eval "$cluster_env"
trap 'sh scripts/pgtmp.sh stop' EXIT INT TERM
# the server runs as postgres (as root): let it read the corpus
chmod a+r "$CSV"; chmod a+x "$OUT" "$ROOT/build" 2>/dev/null || true
psql -X -q -c "create database bordercoop_bench"
export PGDATABASE=bordercoop_bench
psql -X -q -c "create extension bordercoop"

PGOPTIONS="-c bench.memn=$MEMN" psql -X -q -v csv="$CSV" -v memn="$MEMN" <<'SQL'
\set ON_ERROR_STOP 1
\pset footer off
\timing off
CREATE TABLE corpus (source text, body text);
COPY corpus FROM :'csv' WITH (FORMAT csv);
ALTER TABLE corpus SET (parallel_workers = 2);
VACUUM ANALYZE corpus;
CREATE TABLE bench (what text PRIMARY KEY, seconds float8);
CREATE FUNCTION bench_time(what text, q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz := clock_timestamp();
	s float8;
BEGIN
	EXECUTE q;
	s := extract(epoch FROM clock_timestamp() - t0);
	INSERT INTO bench VALUES (what, s);
	RETURN s;
END $$;
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM corpus;
\echo == timing (single backend; seconds)
SET max_parallel_workers_per_gather = 0;
SELECT bench_time('simple', $$SELECT count(to_tsvector('simple', body)) FROM corpus$$);
SELECT bench_time('parse', $$SELECT count(bordercoop._extract(body, NULL)) FROM corpus$$);
SELECT bench_time('tsv', $$SELECT count(bordercoop._tsv(NULL, body)) FROM corpus$$);
SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vietnamese'
			   AND cfgnamespace = 'bordercoop'::regnamespace) AS has_vi \gset
\if :has_vi
SELECT bench_time('vietnamese', $$SELECT count(to_tsvector('bordercoop.vietnamese', body)) FROM corpus$$);
\endif
SELECT bench_time('ingest', $$INSERT INTO bordercoop.inbox (source, body) SELECT source, body FROM corpus$$);
SELECT bench_time('copy_plain', $$CREATE TABLE plain AS SELECT source, body FROM corpus$$);

\echo == results
WITH c AS (SELECT count(*) AS n, sum(octet_length(body)) / 1048576.0 AS mb FROM corpus),
	 s AS (SELECT seconds FROM bench WHERE what = 'simple')
SELECT b.what,
	   round(b.seconds::numeric, 2) AS seconds,
	   round((c.n / b.seconds)::numeric) AS articles_per_s,
	   round((c.mb / b.seconds)::numeric, 1) AS mb_per_s,
	   round((s.seconds / b.seconds)::numeric, 2) AS speed_vs_simple
FROM bench AS b, c, s
ORDER BY b.what;
SELECT round((s.seconds / p.seconds)::numeric, 2) AS "parse() vs to_tsvector('simple') (target >= 1.0)",
	   round((c.mb / i.seconds)::numeric, 1) AS "COPY ingest MB/s, one core (target >= 5)"
FROM (SELECT seconds FROM bench WHERE what = 'simple') AS s,
	 (SELECT seconds FROM bench WHERE what = 'parse') AS p,
	 (SELECT seconds FROM bench WHERE what = 'ingest') AS i,
	 (SELECT sum(octet_length(body)) / 1048576.0 AS mb FROM corpus) AS c;
SELECT count(*) AS articles_stored FROM bordercoop.article;

\echo == backend memory: before and after parsing :memn articles in this backend
CREATE TEMP TABLE mem (at text, total bigint, used bigint);
INSERT INTO mem SELECT 'before', sum(total_bytes), sum(used_bytes) FROM pg_backend_memory_contexts;
DO $$
DECLARE
	n integer := 0;
	target integer := current_setting('bench.memn')::integer;
	r record;
	j jsonb;
BEGIN
	WHILE n < target LOOP
		FOR r IN SELECT body FROM corpus LOOP
			EXIT WHEN n >= target;
			j := bordercoop._extract(r.body, NULL);
			n := n + 1;
			IF n = 1000 THEN
				INSERT INTO mem SELECT 'after 1000', sum(total_bytes), sum(used_bytes) FROM pg_backend_memory_contexts;
			END IF;
		END LOOP;
	END LOOP;
END $$;
INSERT INTO mem SELECT 'after', sum(total_bytes), sum(used_bytes) FROM pg_backend_memory_contexts;
SELECT at, pg_size_pretty(total) AS total, pg_size_pretty(used) AS used FROM mem;
SELECT CASE WHEN (SELECT total FROM mem WHERE at = 'after') - (SELECT total FROM mem WHERE at = 'after 1000')
				 < 1048576 THEN 'flat' ELSE 'GROWS' END AS "memory per article (target flat)";

\echo == bulk re-parse: parallel seq scan over bordercoop.article
ALTER TABLE bordercoop.article SET (parallel_workers = 2);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 1;
SELECT bench_time('reparse_1_worker', $$SELECT sum(octet_length(bordercoop._extract(body, given_published_on)::text)) FROM bordercoop.article$$);
SET max_parallel_workers_per_gather = 2;
SELECT bench_time('reparse_2_workers', $$SELECT sum(octet_length(bordercoop._extract(body, given_published_on)::text)) FROM bordercoop.article$$);
EXPLAIN (COSTS OFF) SELECT sum(octet_length(bordercoop._extract(body, given_published_on)::text)) FROM bordercoop.article;
SELECT round((a.seconds / b.seconds)::numeric, 2) AS "2 workers vs 1 (target >= 1.7)"
FROM bench AS a, bench AS b WHERE a.what = 'reparse_1_worker' AND b.what = 'reparse_2_workers';
SQL
