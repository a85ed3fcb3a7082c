#!/usr/bin/env bash
# A local cluster of the Release build on this machine's PostgreSQL and RabbitMQ, for trying the production shape
# (docs/deployment.md). Every node serves requests, dispatches events and runs background jobs.
#   scripts/cluster.sh 3          publish (ReadyToRun), migrate the database once, start three nodes at the same moment
#                                 (ports 5001-5003) and wait until all are ready
#   scripts/cluster.sh status     each node's readiness
#   scripts/cluster.sh kill 2     kill -9 node 2, as a crash would
#   scripts/cluster.sh start 2    start node 2 again
#   scripts/cluster.sh stop       stop every node (SIGTERM, as an orchestrator does)
#   scripts/cluster.sh reset      stop every node and remove data/cluster (logs, e-mails); the database stays
# Settings (environment):
#   MODULARREPORTS_CLUSTER_POSTGRES  Npgsql connection string of the cluster's database; its role may create it
#                                    (default Host=127.0.0.1;Port=5432;Username=modularreports;Password=modularreports;Database=modularreports_cluster)
#   MODULARREPORTS_CLUSTER_RABBITMQ  host:port,user,password,virtual-host (default 127.0.0.1:5672,guest,guest,/)
#   MODULARREPORTS_CLUSTER_PORT      the first node's port (default 5001); node K listens on PORT+K-1
set -euo pipefail
cd "$(dirname "$0")/.."

folder=data/cluster
postgres=${MODULARREPORTS_CLUSTER_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=modularreports;Password=modularreports;Database=modularreports_cluster"}
IFS=, read -r rabbit_endpoint rabbit_user rabbit_password rabbit_vhost <<< "${MODULARREPORTS_CLUSTER_RABBITMQ:-127.0.0.1:5672,guest,guest,/}"
first_port=${MODULARREPORTS_CLUSTER_PORT:-5001}
app=$folder/app
host_dll=$app/ModularReports.Host.dll

port_of() { echo $((first_port + $1 - 1)); }

ready() { curl -sf -o /dev/null "http://localhost:$(port_of "$1")/health/ready"; }

# Node K's process, if it is still a node of this cluster (a pid file can outlive its process, and the pid be reused).
alive() {
  local pid
  pid=$(cat "$folder/node$1.pid" 2>/dev/null) || return 1
  grep -q "ModularReports.Host.dll" "/proc/$pid/cmdline" 2>/dev/null
}

# The settings every node of the cluster shares (docs/deployment.md lists them).
with_settings() {
  ASPNETCORE_ENVIRONMENT=Production \
  Database__Provider=PostgreSql \
  ConnectionStrings__Default="$postgres" \
  Messaging__Transport=RabbitMq \
  Messaging__RabbitMq__Host="${rabbit_endpoint%%:*}" \
  Messaging__RabbitMq__Port="${rabbit_endpoint##*:}" \
  Messaging__RabbitMq__Username="$rabbit_user" \
  Messaging__RabbitMq__Password="$rabbit_password" \
  Messaging__RabbitMq__VirtualHost="${rabbit_vhost:-/}" \
  App__PublicUrl="http://localhost:$first_port" \
  Mail__PickupDirectory="$PWD/$folder/mail" \
  Demo__Seed=true \
    "$@"
}

start_node() {
  local k=$1
  mkdir -p "$folder/mail"
  if alive "$k" || ready "$k"; then
    echo "node $k: already running, or port $(port_of "$k") is taken; stop it first" >&2
    return 1
  fi
  echo "--- node $k started at $(date -u +%FT%TZ)" >> "$folder/node$k.log"
  ASPNETCORE_URLS="http://localhost:$(port_of "$k")" Database__MigrateAtStart=false \
    with_settings exec nohup dotnet "$host_dll" >> "$folder/node$k.log" 2>&1 &
  echo $! > "$folder/node$k.pid"
}

wait_ready() {
  local k=$1
  for _ in $(seq 1 240); do
    if ready "$k"; then
      echo "node $k: ready at http://localhost:$(port_of "$k")"
      return 0
    fi
    if ! alive "$k"; then
      echo "node $k: exited while starting; see $folder/node$k.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "node $k: not ready after two minutes; see $folder/node$k.log" >&2
  return 1
}

nodes() { ls "$folder"/node*.pid 2>/dev/null | sed -E 's/.*node([0-9]+)\.pid/\1/' | sort -n; }

stop_all() {
  local k pid any=""
  for k in $(nodes); do
    if alive "$k"; then
      pid=$(cat "$folder/node$k.pid")
      kill -TERM "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
      echo "node $k: stopped"
      any=1
    fi
    rm -f "$folder/node$k.pid"
  done
  [ -n "$any" ] || echo "no nodes running"
}

case "${1:-}" in
  ''|-h|--help)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  status)
    [ -n "$(nodes)" ] || echo "no nodes running"
    for k in $(nodes); do
      health=$(curl -s "http://localhost:$(port_of "$k")/health/ready" | grep -o '"status":"[A-Za-z]*"' | head -1 | cut -d'"' -f4)
      case "$health" in
        Healthy) echo "node $k: ready (http://localhost:$(port_of "$k"))" ;;
        Degraded) echo "node $k: ready, degraded (the broker is away; events wait in the outbox)" ;;
        *) if alive "$k"; then echo "node $k: not ready"; else echo "node $k: not running"; fi ;;
      esac
    done
    ;;
  kill)
    if alive "$2"; then kill -KILL "$(cat "$folder/node$2.pid")" && echo "node $2: killed"; else echo "node $2: not running" >&2; exit 1; fi
    ;;
  start)
    start_node "$2"
    wait_ready "$2"
    ;;
  stop)
    stop_all
    ;;
  reset)
    stop_all
    rm -rf "$folder"
    echo "removed $folder; to start on an empty database too, drop it (e.g. su postgres -c 'dropdb modularreports_cluster')"
    ;;
  *[!0-9]*)
    echo "unknown command '$1'; see scripts/cluster.sh --help" >&2
    exit 2
    ;;
  *)
    count=$1
    for k in $(seq 1 "$count"); do
      if alive "$k" || ready "$k"; then
        echo "node $k is already running (or port $(port_of "$k") is taken): scripts/cluster.sh stop first" >&2
        exit 1
      fi
    done
    echo "publishing the host (ReadyToRun; about a minute)"
    dotnet publish src/Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" -nologo -v q
    mkdir -p "$folder"
    with_settings dotnet "$host_dll" migrate > "$folder/migrate.log" 2>&1 || { echo "migrate failed; see $folder/migrate.log" >&2; exit 1; }
    echo "database migrated"
    for k in $(seq 1 "$count"); do start_node "$k"; done # together, as an orchestrator starts them
    for k in $(seq 1 "$count"); do wait_ready "$k"; done
    echo "Logs and pids in $folder/, e-mails in $folder/mail/. Stop with: scripts/cluster.sh stop"
    ;;
esac
