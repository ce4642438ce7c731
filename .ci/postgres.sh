#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests of store/postgres, from
# Debian's packages (installed when missing), as the postgres user, on
# 127.0.0.1 and a port of its own, with its data in a temporary folder.
# Prints the connection URL on stdout; the server stops when the data folder
# is removed by `.ci/postgres.sh stop DIR`.
#   url=$(.ci/postgres.sh start /tmp/kycmatch-pg)
#   .ci/postgres.sh stop /tmp/kycmatch-pg
set -euo pipefail
cmd=${1:?start DIR | stop DIR}
dir=${2:?the data folder}
# The first free port from 54329, unless KYCMATCH_PG_PORT says which.
free_port() {
	local p
	for p in $(seq 54329 54429); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return
		fi
	done
	echo "no free port for PostgreSQL" >&2
	exit 1
}

bindir() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "$cmd" in
start)
	if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
		echo "installing postgresql from the distribution's packages" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >&2
		apt-get install -y -qq postgresql >&2
	fi
	bin=$(bindir)
	port=${KYCMATCH_PG_PORT:-$(free_port)}
	run=()
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
		run=(runuser -u postgres --)
	fi
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	"${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
	"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
		-o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >&2
	echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
	;;
stop)
	bin=$(bindir)
	run=()
	[ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
	if [ -d "$dir/data" ]; then
		"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start|stop DIR" >&2
	exit 2
	;;
esac
