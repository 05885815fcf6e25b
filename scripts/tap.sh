#!/bin/sh
# scripts/tap.sh -- the TAP tests test/t/*.pl on PostgreSQL::Test::Cluster
# (from the PGXS install: pg_config --pkglibdir/pgxs/src/test/perl), with the
# server binaries of the private install root $BC_PGROOT when set, so that
# the clusters load the bordercoop just installed there.  As root the tests
# run as the user postgres (initdb refuses root).
#   sh scripts/tap.sh [test/t/NNN_name.pl ...]
set -eu
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PERL5DIR=$(pg_config --pkglibdir)/pgxs/src/test/perl
[ -f "$PERL5DIR/PostgreSQL/Test/Cluster.pm" ] ||
	{ echo "tap: PostgreSQL::Test::Cluster not found under $PERL5DIR" >&2; exit 2; }
BIN=$(pg_config --bindir)
[ -n "${BC_PGROOT:-}" ] && BIN=$BC_PGROOT$BIN
TESTDIR=$ROOT/build/tap
rm -rf "$TESTDIR"
mkdir -p "$TESTDIR"
[ $# -gt 0 ] || set -- test/t/*.pl
if [ "$(id -u)" = 0 ]; then
	chown -R postgres: "$TESTDIR"
	RUN="runuser -u postgres --"
else
	RUN=""
fi
# the tests read data/samples and ../shared/seeds from the repository root;
# their clusters must be UTF8 whatever the caller's locale
$RUN env LC_ALL=C.UTF-8 LANG=C.UTF-8 PATH="$BIN:$PATH" TESTDIR="$TESTDIR" PG_REGRESS="$(pg_config --pkglibdir)/pgxs/src/test/regress/pg_regress" \
	PGHOST= PGPORT= PGUSER= PGDATABASE= \
	prove -I "$PERL5DIR" -v "$@"
