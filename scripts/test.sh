#!/usr/bin/env bash
# Runs every test of the solution, as CI does.
#
# As root on a Debian machine it installs what the tests need (PostgreSQL, RabbitMQ, Chromium), starts the
# servers on loopback with throwaway credentials, runs `dotnet test` on the whole solution, and stops what it
# started. Without root or apt it uses the services named by the environment instead:
#   MODULARREPORTS_TEST_POSTGRES  an Npgsql connection string of a role allowed to create databases
#   MODULARREPORTS_TEST_RABBITMQ  host:port,management-url,user,password of a broker whose user may create virtual hosts
#   CHROMIUM_PATH                 a Chromium binary for the browser tests (default /usr/bin/chromium)
# and says which tests it could not run. The last line it prints is "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)
results="$root_dir/TestResults"
rm -rf "$results"
started_postgres=""
started_rabbitmq=""
pg_version=""

log() { echo "[test.sh] $*"; }

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

start_postgres() {
  if [ -n "${MODULARREPORTS_TEST_POSTGRES:-}" ]; then
    log "PostgreSQL: using MODULARREPORTS_TEST_POSTGRES from the environment"
    return
  fi
  if ! can_install; then
    log "PostgreSQL: not root or no apt, and MODULARREPORTS_TEST_POSTGRES is not set: the PostgreSQL tests will be skipped"
    return
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    log "PostgreSQL: installing"
    apt_install postgresql || { log "PostgreSQL: install failed; its tests will be skipped"; return; }
  fi
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$pg_version" '$1==v && $2=="main"' | grep -q .; then
    pg_createcluster "$pg_version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$pg_version" main start -- -o "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    started_postgres=1
  fi
  local port password
  port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')
  password="t$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  su postgres -c "psql -q -p $port -c \"DROP ROLE IF EXISTS modularreports_test\"" >/dev/null 2>&1
  # A role left by an interrupted run may still own databases and so survive the DROP: then give it the new password.
  su postgres -c "psql -q -p $port -c \"CREATE ROLE modularreports_test LOGIN CREATEDB PASSWORD '$password'\"" >/dev/null 2>&1 \
    || su postgres -c "psql -q -p $port -c \"ALTER ROLE modularreports_test LOGIN CREATEDB PASSWORD '$password'\"" >/dev/null
  # Dropping a test database WITH (FORCE) must also stop an autovacuum worker that happens to be in it.
  su postgres -c "psql -q -p $port -c \"GRANT pg_signal_backend TO modularreports_test\"" >/dev/null
  export MODULARREPORTS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=modularreports_test;Password=$password;Database=postgres"
  log "PostgreSQL $pg_version: running on 127.0.0.1:$port"
}

start_rabbitmq() {
  if [ -n "${MODULARREPORTS_TEST_RABBITMQ:-}" ]; then
    log "RabbitMQ: using MODULARREPORTS_TEST_RABBITMQ from the environment"
    return
  fi
  if ! can_install; then
    log "RabbitMQ: not root or no apt, and MODULARREPORTS_TEST_RABBITMQ is not set: the RabbitMQ tests will be skipped"
    return
  fi
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    log "RabbitMQ: installing"
    apt_install rabbitmq-server || { log "RabbitMQ: install failed; its tests will be skipped"; return; }
  fi
  # On loopback only, with the management API (the tests make a virtual host each through it).
  rabbit_dir=$(mktemp -d)
  chmod 755 "$rabbit_dir"  # the server runs as its own user
  printf 'listeners.tcp.default = 127.0.0.1:5672\nmanagement.tcp.ip = 127.0.0.1\nmanagement.tcp.port = 15672\n' > "$rabbit_dir/rabbitmq.conf"
  export RABBITMQ_CONFIG_FILE="$rabbit_dir/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$rabbit_dir/enabled_plugins" \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  echo '[rabbitmq_management].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
  chmod 644 "$rabbit_dir"/*
  if ! rabbitmqctl -q status >/dev/null 2>&1; then
    rabbitmq-server -detached >/dev/null 2>&1
    started_rabbitmq=1
  fi
  local ready=""
  for _ in $(seq 1 60); do
    if rabbitmqctl -q await_startup >/dev/null 2>&1 && curl -sf -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null 2>&1; then
      ready=1; break
    fi
    sleep 1
  done
  if [ -z "$ready" ]; then
    log "RabbitMQ: did not start; its tests will be skipped"
    return
  fi
  export MODULARREPORTS_TEST_RABBITMQ="127.0.0.1:5672,http://127.0.0.1:15672/,guest,guest"
  log "RabbitMQ $(rabbitmqctl -q version 2>/dev/null): running on 127.0.0.1:5672"
}

find_chromium() {
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ] && can_install; then
    log "Chromium: installing"
    apt_install chromium || log "Chromium: install failed"
  fi
  if [ -x "$chromium_path" ]; then
    export CHROMIUM_PATH="$chromium_path"
    log "Chromium: $("$chromium_path" --version 2>/dev/null | head -n 1)"
  else
    chromium_path=""
    log "Chromium: not available (set CHROMIUM_PATH): the browser tests in ModularReports.EndToEndTests will NOT run"
  fi
}

stop_services() {
  if [ -n "$started_rabbitmq" ]; then
    rabbitmqctl -q stop >/dev/null 2>&1 || true
    epmd -kill >/dev/null 2>&1 || true
    log "RabbitMQ: stopped"
    started_rabbitmq=""
  fi
  if [ -n "$started_postgres" ]; then
    pg_ctlcluster "$pg_version" main stop >/dev/null 2>&1 || true
    log "PostgreSQL: stopped"
    started_postgres=""
  fi
}
trap stop_services EXIT

start_postgres
start_rabbitmq
find_chromium

log "building"
if ! dotnet build ModularReports.sln -c Release -nologo -v q; then
  log "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

log "testing"
filter=()
[ -n "$chromium_path" ] || filter=(--filter "FullyQualifiedName!~ModularReports.EndToEndTests")
dotnet test ModularReports.sln -c Release --no-build -nologo -v q "${filter[@]}" \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
test_exit=$?

# dotnet test prints one summary per project; sum them from the result files into one line.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

if grep -l 'outcome="NotExecuted"' "$results"/*.trx >/dev/null 2>&1; then
  log "skipped tests and why:"
  grep -ho '<UnitTestResult [^>]*outcome="NotExecuted"[^>]*>' "$results"/*.trx | sed -n 's/.*testName="\([^"]*\)".*/  - \1/p' | sort -u
fi

if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # dotnet test failed without a result file saying why (a crashed test host)
fi
stop_services  # before the summary, so that it stays the last line
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
