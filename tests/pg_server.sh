#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, from Debian's postgresql package.
#   tests/pg_server.sh start DIR   makes a cluster in DIR (an empty directory,
#                                  e.g. from mktemp -d), starts it listening on
#                                  a unix socket in DIR only (no TCP port), and
#                                  prints the URL of its `postgres` database
#   tests/pg_server.sh url DIR DB  prints the URL of database DB
#   tests/pg_server.sh stop DIR    stops it (the caller removes DIR)
# As root the server runs as the postgres user (initdb refuses root); the
# database user is `budgetpdf`, trusted on the socket.
set -euo pipefail
command=$1
dir=$(realpath "$2")
user=budgetpdf

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "no PostgreSQL server here: run scripts/install-deps.sh" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
url() { echo "postgresql:///$1?host=$dir&user=$user"; }

case $command in
  start)
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    as_owner "$bindir/initdb" --pgdata="$dir/data" --username="$user" --auth=trust --encoding=UTF8 --no-locale \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Tests need no durability: fsync off makes commits cheap.
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off" start \
      || { cat "$dir/server.log" >&2; exit 1; }
    url postgres
    ;;
  url)
    url "$3"
    ;;
  stop)
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --wait --silent --mode=fast stop
    ;;
  *)
    echo "usage: $0 start|url|stop DIR [DB]" >&2
    exit 2
    ;;
esac
