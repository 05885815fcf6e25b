#!/bin/sh
# scripts/demo.sh -- the main job, end to end, on a throwaway PostgreSQL:
# install what is needed, build and install bordercoop, start a private
# cluster, create the extension, load the sample articles with COPY and show
# what was extracted.  "demo.sh --keep" leaves the cluster running.
set -eu
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"
cd "$(dirname "$0")/.."

keep=no
[ "${1:-}" = "--keep" ] && keep=yes

sh scripts/setup.sh
make -s
if [ -n "${BC_PGROOT:-}" ]; then make -s install DESTDIR="$BC_PGROOT"; else make -s install; fi

cluster_env=$(sh scripts/pgtmp.sh start)
eval "$cluster_env"
[ $keep = yes ] || trap 'sh scripts/pgtmp.sh stop' EXIT INT TERM
export PGDATABASE=bordercoop_demo
psql -X -q -d postgres -c "create database bordercoop_demo"
psql -X -q -c "create extension bordercoop"

echo "== loading data/samples with COPY"
bin/bordercoop-load data/samples

q() { echo; echo "== $1"; psql -X -P pager=off -c "$2"; }
q "articles: title, publication date, main-text length" \
  "select source, title, published_on, main_chars, meetings, figures from bordercoop.v_articles order by source"
q "rejected rows" "select source, reason from bordercoop.rejected order by rejected_id"
q "meetings" \
  "select source, occurred_on, kind, mode, ordinal, host_iso, event_id from bordercoop.v_meetings order by source, meeting_id"
q "parties" \
  "select source, iso_code, party, party_vi, side, current_province from bordercoop.v_meeting_parties order by source, iso_code"
q "people" "select source, person, title, iso_code from bordercoop.v_people order by source, person"
q "figures" \
  "select source, metric, value, unit, ratio_of, period, subject_iso, mention from bordercoop.v_figures order by source, figure_id"
q "agreements" "select source, kind, period_from, period_to, title from bordercoop.v_agreements order by source"
if [ $keep = yes ]; then
	echo
	echo "cluster left running; connect with:"
	sh scripts/pgtmp.sh env
	echo "export PGDATABASE=bordercoop_demo"
fi
