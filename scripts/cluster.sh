#!/usr/bin/env bash
# A local cluster of the Release build on this machine's PostgreSQL and RabbitMQ, for trying the production shape
# (docs/deployment.md). Every node serves requests, dispatches events and runs background jobs.
#   scripts/cluster.sh 3          publish (ReadyToRun), migrate the database once, start three nodes at the same moment
#                                 (ports 5001-5003) and wait until all are ready
#   scripts/cluster.sh status     each node's readiness
#   scripts/cluster.sh kill 2     kill -9 node 2, as a crash would
#   scripts/cluster.sh start 2    start node 2 again
#   scripts/cluster.sh stop       stop every node (SIGTERM, as an orchestrator does)
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
  ASPNETCORE_URLS="http://localhost:$(port_of "$k")" Database__MigrateAtStart=false \
    with_settings exec nohup dotnet "$host_dll" > "$folder/node$k.log" 2>&1 &
  echo $! > "$folder/node$k.pid"
}

wait_ready() {
  local k=$1
  for _ in $(seq 1 240); do
    if ready "$k"; then
      echo "node $k: ready at http://localhost:$(port_of "$k")"
      return 0
    fi
    if ! kill -0 "$(cat "$folder/node$k.pid")" 2>/dev/null; then
      echo "node $k: exited while starting; see $folder/node$k.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "node $k: not ready after two minutes; see $folder/node$k.log" >&2
  return 1
}

nodes() { ls "$folder"/node*.pid 2>/dev/null | sed -E 's/.*node([0-9]+)\.pid/\1/' | sort -n; }

case "${1:-}" in
  ''|-h|--help)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  status)
    for k in $(nodes); do
      if ready "$k"; then echo "node $k: ready (http://localhost:$(port_of "$k"))"; else echo "node $k: not ready"; fi
    done
    ;;
  kill)
    kill -KILL "$(cat "$folder/node$2.pid")" && echo "node $2: killed"
    ;;
  start)
    start_node "$2"
    wait_ready "$2"
    ;;
  stop)
    for k in $(nodes); do
      pid=$(cat "$folder/node$k.pid")
      if kill -TERM "$pid" 2>/dev/null; then
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
        echo "node $k: stopped"
      fi
      rm -f "$folder/node$k.pid"
    done
    ;;
  *[!0-9]*)
    echo "unknown command '$1'; see scripts/cluster.sh --help" >&2
    exit 2
    ;;
  *)
    count=$1
    dotnet publish src/Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" -nologo -v q
    mkdir -p "$folder"
    with_settings dotnet "$host_dll" migrate > "$folder/migrate.log" 2>&1 || { echo "migrate failed; see $folder/migrate.log" >&2; exit 1; }
    echo "database migrated"
    for k in $(seq 1 "$count"); do start_node "$k"; done # together, as an orchestrator starts them
    for k in $(seq 1 "$count"); do wait_ready "$k"; done
    echo "Logs and pids in $folder/, e-mails in $folder/mail/. Stop with: scripts/cluster.sh stop"
    ;;
esac
