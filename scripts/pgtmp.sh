#!/bin/sh
# scripts/pgtmp.sh -- a throwaway PostgreSQL 15 cluster on a private port and socket.
#
#   scripts/pgtmp.sh start   create (or re-create) the cluster and start it;
#                            prints "export PGHOST=... PGPORT=... PGUSER=..." lines
#   scripts/pgtmp.sh stop    stop it and remove its directory
#   scripts/pgtmp.sh env     print the export lines only
#   scripts/pgtmp.sh root    make a private copy of the PostgreSQL installation
#                            under $BC_PGROOT (see below)
#
# Settings (environment):
#   BC_PGDIR   cluster directory          (default /tmp/bordercoop-pg)
#   BC_PGPORT  port                       (default 54329)
#   BC_PGROOT  when set, run the server from a private copy of the PostgreSQL
#              installation rooted there, so that "make install DESTDIR=$BC_PGROOT"
#              installs the extension for this cluster only (parallel work trees).
#
# PostgreSQL refuses to run as root: as root the cluster is created and run as
# the user postgres.  A cluster left behind by an interrupted run is stopped
# and replaced, so "start" can always be run again.
set -eu
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"

PGDIR=${BC_PGDIR:-/tmp/bordercoop-pg}
PGPORT_=${BC_PGPORT:-54329}
SYSBIN=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
if [ -n "${BC_PGROOT:-}" ]; then
	BIN=$BC_PGROOT$SYSBIN
else
	BIN=$SYSBIN
fi

as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

print_env() {
	echo "export PGHOST=$PGDIR PGPORT=$PGPORT_ PGUSER=postgres PGDATABASE=postgres"
}

stop_cluster() {
	if [ -f "$PGDIR/data/postmaster.pid" ]; then
		as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	# a postmaster whose data directory was removed under it
	pid=$(cat "$PGDIR/postmaster.pid.copy" 2>/dev/null || true)
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -9 "$pid" 2>/dev/null || true
	fi
	rm -rf "$PGDIR"
}

make_root() {
	[ -n "${BC_PGROOT:-}" ] || { echo "pgtmp: BC_PGROOT is not set" >&2; exit 2; }
	share=$(pg_config --sharedir)
	lib=$(pg_config --pkglibdir)
	mkdir -p "$BC_PGROOT$(dirname "$SYSBIN")" "$BC_PGROOT$(dirname "$share")" \
		"$BC_PGROOT$(dirname "$lib")"
	cp -a "$SYSBIN" "$BC_PGROOT$(dirname "$SYSBIN")/"
	cp -a "$share" "$BC_PGROOT$(dirname "$share")/"
	[ -d "$BC_PGROOT$lib" ] || cp -a "$lib" "$BC_PGROOT$(dirname "$lib")/"
	chmod -R a+rX "$BC_PGROOT"
}

case "${1:-}" in
	start)
		stop_cluster
		mkdir -p "$PGDIR"
		[ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"
		as_pg "$BIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 \
			--locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 ||
			{ cat "$PGDIR/initdb.log" >&2; exit 1; }
		as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
			-o "-p $PGPORT_ -k $PGDIR -c listen_addresses= -c fsync=off -c max_parallel_workers_per_gather=2" \
			start >/dev/null ||
			{ cat "$PGDIR/server.log" >&2; exit 1; }
		head -1 "$PGDIR/data/postmaster.pid" >"$PGDIR/postmaster.pid.copy"
		print_env
		;;
	stop)
		stop_cluster
		;;
	env)
		print_env
		;;
	root)
		make_root
		;;
	*)
		echo "usage: $0 start|stop|env|root" >&2
		exit 2
		;;
esac
