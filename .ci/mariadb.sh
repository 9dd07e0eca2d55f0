#!/bin/sh
# .ci/mariadb.sh: start a private MariaDB server on a loopback port for the
# GORM end-to-end tests, installing it from Debian packages if missing.
# Prints the DSN on its last line. Usage: eval "$(.ci/mariadb.sh)" exports
# UPSERTFIX_MYSQL_DSN.
#   UPSERTFIX_MYSQL_PORT  port (default 53306)
#   UPSERTFIX_MYSQL_DIR   data directory (default /tmp/upsertfix-mariadb)
set -eu
port=${UPSERTFIX_MYSQL_PORT:-53306}
dir=${UPSERTFIX_MYSQL_DIR:-/tmp/upsertfix-mariadb}
sock=$dir.sock

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
	echo "installing MariaDB from Debian packages" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq mariadb-server >&2
fi
PATH=$PATH:/usr/sbin:/usr/bin

user=$(id -un)
if [ "$(id -u)" = 0 ]; then
	id mysql >/dev/null 2>&1 || useradd --system mysql
	user=mysql
fi

if ! mariadb-admin --socket="$sock" -u root ping >/dev/null 2>&1; then
	if [ ! -d "$dir/mysql" ]; then
		mkdir -p "$dir"
		[ "$(id -u)" = 0 ] && chown mysql "$dir"
		mariadb-install-db --datadir="$dir" --user="$user" --auth-root-authentication-method=normal --skip-test-db >&2
	fi
	mariadbd --datadir="$dir" --user="$user" --port="$port" --bind-address=127.0.0.1 --socket="$sock" \
		--pid-file="$dir.pid" --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --max-connections=300 --log-error="$dir.log" >/dev/null 2>&1 &
	i=0
	until mariadb-admin --socket="$sock" -u root ping >/dev/null 2>&1; do
		i=$((i + 1))
		if [ $i -gt 60 ]; then
			echo "MariaDB did not start; see $dir.log" >&2
			exit 1
		fi
		sleep 0.5
	done
fi
mariadb --socket="$sock" -u root -e "CREATE DATABASE IF NOT EXISTS upsertfix; CREATE USER IF NOT EXISTS 'upsertfix'@'127.0.0.1'; GRANT ALL ON upsertfix.* TO 'upsertfix'@'127.0.0.1';" >&2
echo "export UPSERTFIX_MYSQL_DSN='upsertfix@tcp(127.0.0.1:$port)/upsertfix?parseTime=true'"
