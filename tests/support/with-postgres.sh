#!/bin/sh
# Run CMD against a throwaway PostgreSQL server: initdb in a temporary folder, the server listening
# only on a unix socket in that folder (and a free port number, which names the socket), stopped and
# removed on exit. As root the server runs as the postgres system user (it refuses to run as root).
# Exports CESSIO_TEST_PG_HOST (the socket folder), CESSIO_TEST_PG_PORT and CESSIO_TEST_PG_USER (a superuser).
# Logins are trusted, except members of the role cessio_password_logins (CESSIO_TEST_PG_PASSWORD_GROUP),
# which must give their password (scram-sha-256): a test of a password's path makes its logins members.
# CESSIO_TEST_PG_LOG: the server's log (errors with their statements), for what the server was asked.
# usage: with-postgres.sh CMD [ARGS...]      (exit status of CMD is propagated)
set -eu
bin="${CESSIO_PG_BINDIR:-}"
if [ -z "$bin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && bin="$candidate"; done
fi
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "with-postgres: initdb not found (install postgresql)" >&2; exit 98; }

dir="$(mktemp -d "${TMPDIR:-/tmp}/pg.XXXXXX")"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    as_owner() { runuser -u postgres -- "$@"; }
fi
stop() {
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

as_owner "$bin/initdb" -D "$dir/data" -A trust -U cessio_admin >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 98; }
# First match wins: the password group's line goes before initdb's trust lines.
hba="$dir/data/pg_hba.conf"
{ echo "local all +cessio_password_logins scram-sha-256"; cat "$hba"; } >"$dir/hba.new"
as_owner cp "$dir/hba.new" "$hba"
# A free port: its number only names the socket file, so try until the server starts.
started=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-k $dir -c listen_addresses='' -p $port" -w start \
        >/dev/null 2>&1; then
        started=yes
        break
    fi
done
[ -n "$started" ] || { echo "with-postgres: the server did not start" >&2; cat "$dir/log" >&2 || true; exit 98; }

as_owner "$bin/psql" -X -q -h "$dir" -p "$port" -U cessio_admin -d postgres \
    -c "CREATE ROLE cessio_password_logins NOLOGIN" >"$dir/psql.log" 2>&1 \
    || { echo "with-postgres: the password group could not be created" >&2; cat "$dir/psql.log" >&2; exit 98; }

export CESSIO_TEST_PG_HOST="$dir" CESSIO_TEST_PG_PORT="$port" CESSIO_TEST_PG_USER=cessio_admin \
    CESSIO_TEST_PG_PASSWORD_GROUP=cessio_password_logins CESSIO_TEST_PG_LOG="$dir/log"
rc=0
"$@" || rc=$?
exit $rc
