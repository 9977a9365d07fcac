#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS 3 cluster for the tests and benchmarks, in a folder of
# its own, on a local port, with nothing of the machine's own clusters touched.
#
#   pgcluster.sh start DIR [PORT]  initdb (first time) and start; writes DIR/conninfo
#   pgcluster.sh stop DIR          fast shutdown
#   pgcluster.sh kill DIR          immediate shutdown: what a server crash looks like to clients
#   pgcluster.sh restart DIR       start again on the same port after stop or kill
#   pgcluster.sh remove DIR        stop and delete the folder
#   pgcluster.sh fresh DIR         remove, then start a new cluster (the tests' fixture)
#
# DIR/conninfo holds a libpq connection string without password (TCP on 127.0.0.1, role
# "planmap", database "planmap_test" with PostGIS); DIR/pgpass holds the role's password, so
# clients find it the way planners' do: PGPASSFILE=DIR/pgpass. PostgreSQL refuses to run as
# root, so as root the server runs as the "postgres" user the Debian package created.
# fsync is off (only an OS crash could lose data) but commits stay synchronous: the tests kill
# the server and expect every committed transaction to be there after the restart.
set -euo pipefail

bin=${PLANMAP_PG_BIN:-/usr/lib/postgresql/15/bin}
command=${1:?usage: pgcluster.sh start|stop|kill|restart|remove DIR [PORT]}
dir=${2:?usage: pgcluster.sh start|stop|kill|restart|remove DIR [PORT]}
data="$dir/data"
password=planmap-test-password

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(seq "${1:-55432}" 65000); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "pgcluster: no free port" >&2
    exit 1
}

server_start() {
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null
}

if [ "$command" = fresh ]; then
    "$0" remove "$dir"
    command=start
fi

case "$command" in
start)
    if [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        exit 0 # already running (a second fixture in the same build)
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    data="$dir/data"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    if [ ! -f "$data/PG_VERSION" ]; then
        port=${3:-$(free_port $((55432 + RANDOM % 5000)))}
        printf '%s\n' "$password" >"$dir/pwfile"
        [ "$(id -u)" -ne 0 ] || chown postgres "$dir/pwfile"
        as_owner "$bin/initdb" -D "$data" -U planmap --pwfile="$dir/pwfile" -A scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
        rm -f "$dir/pwfile"
        cat >>"$data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
max_connections = 60
CONF
        echo "$port" >"$dir/port"
        server_start
        echo "127.0.0.1:$port:*:planmap:$password" >"$dir/pgpass"
        chmod 600 "$dir/pgpass"
        PGPASSFILE="$dir/pgpass" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U planmap -d postgres \
            -c "CREATE DATABASE planmap_test" >/dev/null
        PGPASSFILE="$dir/pgpass" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U planmap \
            -d planmap_test -c "CREATE EXTENSION postgis" >/dev/null
        echo "host=127.0.0.1 port=$port dbname=planmap_test user=planmap" >"$dir/conninfo"
    else
        server_start
    fi
    ;;
stop) as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true ;;
kill) as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true ;;
restart) server_start ;;
remove)
    as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "pgcluster: unknown command $command" >&2
    exit 2
    ;;
esac
