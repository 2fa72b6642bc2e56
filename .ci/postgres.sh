# Sourced by .ci/run: a throw-away PostgreSQL server on loopback for the team tests.
#
# start_test_postgres initialises a cluster in a fresh temporary folder (no pre-existing
# cluster is used or touched), starts it on 127.0.0.1:$IGS_CI_PG_PORT, creates the role
# igs_ci_admin (LOGIN CREATEROLE CREATEDB, not a superuser: row-level security applies to
# the team roles the tests make, and the admin owns the tables) and its database igs_ci, and
# exports IGS_TEST_PG_URL and IGS_TEST_PG_REQUIRED for the tests. stop_test_postgres stops
# it and removes the folder. Run as root, the server's programs run as the postgres user
# (initdb refuses root); otherwise as the current user.

IGS_CI_PG_PORT="${IGS_CI_PG_PORT:-54329}"
IGS_CI_PG_DIR=""
IGS_CI_PG_BIN=""

as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$IGS_CI_PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$IGS_CI_PG_DIR" && "$@")
  fi
}

stop_test_postgres() {
  if [ -n "$IGS_CI_PG_DIR" ] && [ -d "$IGS_CI_PG_DIR/data" ]; then
    as_pg_owner "$IGS_CI_PG_BIN/pg_ctl" -D "$IGS_CI_PG_DIR/data" -m fast -w stop >/dev/null \
      || echo "could not stop the test PostgreSQL server in $IGS_CI_PG_DIR" >&2
  fi
  if [ -n "$IGS_CI_PG_DIR" ]; then rm -rf "$IGS_CI_PG_DIR"; fi
  IGS_CI_PG_DIR=""
}

start_test_postgres() {
  IGS_CI_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$IGS_CI_PG_BIN" ] || [ ! -x "$IGS_CI_PG_BIN/initdb" ]; then
    echo "PostgreSQL's programs are not installed (apt-get install postgresql)" >&2
    return 1
  fi
  IGS_CI_PG_DIR="$(mktemp -d /tmp/igs-ci-postgres.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$IGS_CI_PG_DIR"; fi
  trap stop_test_postgres EXIT

  local password
  password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  # Local socket (in the private folder): trust; TCP: passwords are checked (scram-sha-256),
  # so the wrong-password tests see a real refusal.
  as_pg_owner "$IGS_CI_PG_BIN/initdb" -D "$IGS_CI_PG_DIR/data" -U postgres -E UTF8 \
    --locale=C --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  as_pg_owner "$IGS_CI_PG_BIN/pg_ctl" -D "$IGS_CI_PG_DIR/data" -l "$IGS_CI_PG_DIR/server.log" \
    -o "-h 127.0.0.1 -p $IGS_CI_PG_PORT -k $IGS_CI_PG_DIR" -w -t 60 start >/dev/null \
    || { cat "$IGS_CI_PG_DIR/server.log" >&2; return 1; }
  # pg_signal_backend: the tests' clean-up may end connections a failed test left open.
  as_pg_owner "$IGS_CI_PG_BIN/psql" -h "$IGS_CI_PG_DIR" -p "$IGS_CI_PG_PORT" -U postgres \
    -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE igs_ci_admin LOGIN CREATEROLE CREATEDB PASSWORD '$password'" \
    -c "GRANT pg_signal_backend TO igs_ci_admin" \
    -c "CREATE DATABASE igs_ci OWNER igs_ci_admin"
  export IGS_TEST_PG_URL="postgresql://igs_ci_admin:$password@127.0.0.1:$IGS_CI_PG_PORT/igs_ci"
  export IGS_TEST_PG_REQUIRED=1
  echo "PostgreSQL $("$IGS_CI_PG_BIN/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$IGS_CI_PG_PORT"
}
