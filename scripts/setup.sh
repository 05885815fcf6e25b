#!/bin/sh
# scripts/setup.sh -- install what bordercoop needs from Debian packages, when missing.
#
# Build: make, a C compiler, pkg-config, PostgreSQL 15 server and headers, ICU.
# Tests: pgTAP and pg_prove, python3 (the shared scoring tool), clang with
# libFuzzer (the fuzz smoke run), perl (the loader and generators).
set -eu
# runuser, apt-get and initdb helpers live in sbin; a bare environment may lack it
export PATH="$PATH:/usr/sbin:/sbin"

PKGS="build-essential pkg-config perl python3 postgresql-15 postgresql-server-dev-15
	libicu-dev postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
	postgresql-contrib clang libclang-rt-14-dev libipc-run-perl valgrind"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "setup: missing packages:$missing (run as root to install them)" >&2
		exit 1
	fi
	echo "setup: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
