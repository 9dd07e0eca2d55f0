#!/bin/sh
# .ci/pg.sh: start a private PostgreSQL cluster on a loopback port for the
# end-to-end tests, installing PostgreSQL from Debian packages if missing.
# Prints the DSN on its last line. Usage: eval "$(.ci/pg.sh)" exports
# UPSERTFIX_PG_DSN.
#   UPSERTFIX_PG_PORT  port (default 55432)
#   UPSERTFIX_PG_DIR   cluster directory (default /tmp/upsertfix-pg)
set -eu
port=${UPSERTFIX_PG_PORT:-55432}
dir=${UPSERTFIX_PG_DIR:-/tmp/upsertfix-pg}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
	echo "installing PostgreSQL from Debian packages" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq postgresql >&2
	bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# initdb and postgres refuse to run as root: use the postgres account.
run() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
	run() { su postgres -s /bin/sh -c "$*"; }
fi

if ! "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	if [ ! -f "$dir/PG_VERSION" ]; then
		run "$bindir/initdb -D $dir -U postgres -A trust --no-sync" >&2
	fi
	run "$bindir/pg_ctl -D $dir -l $dir/log -w -o '-h 127.0.0.1 -p $port -k /tmp -c fsync=off -c max_connections=200' start" >&2
fi
"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='upsertfix'" | grep -q 1 ||
	"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE upsertfix" >&2
echo "export UPSERTFIX_PG_DSN='host=127.0.0.1 port=$port user=postgres dbname=upsertfix sslmode=disable'"
