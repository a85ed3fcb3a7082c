#!/usr/bin/env bash
# Runs a load script against the real host built in Release. Results are printed as Markdown rows for docs/benchmarks.md.
#   scripts/benchmark.sh search [workers] [seconds]    public resolution search (issue 4)
#   scripts/benchmark.sh reports [workers] [seconds]   published-report search at two sizes, submit/accept (issue 6)
#   scripts/benchmark.sh insight [workers] [seconds]   dashboard statistics at two sizes; Excel and period exports, time and memory (issue 25)
#   scripts/benchmark.sh reports [workers] [seconds] transitions postgres
#       submit/accept on a fresh PostgreSQL database; MODULARREPORTS_BENCH_POSTGRES names a role allowed to create
#       databases, e.g. "Host=127.0.0.1;Username=bench;Password=...;Database=postgres"
#   scripts/benchmark.sh startup                      a node's start-up and first pages against a blank ASP.NET Core app
#       and against the host's frameworks alone, all published ReadyToRun as docs/deployment.md says (issue 26); on
#       PostgreSQL and RabbitMQ when MODULARREPORTS_BENCH_POSTGRES and MODULARREPORTS_BENCH_RABBITMQ
#       (host:port,management-url,user,password) are set
#   scripts/benchmark.sh cluster [workers] [pairs]    CPU of all nodes per submit/accept pair, one node against three,
#       published ReadyToRun, on PostgreSQL and RabbitMQ (both variables above required)
#   scripts/benchmark.sh drain 0 [events]             events per second from the outbox through RabbitMQ to a consumer's
#       inbox, against MassTransit alone on the same broker (both variables above required)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = startup ] || [ "${1:-}" = cluster ]; then
  # The nodes as docs/deployment.md has them built: published ReadyToRun.
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  for project in src/Host benchmarks/ModularReports.BlankHost benchmarks/ModularReports.FrameworksHost; do
    dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/$(basename "$project")" -nologo -v q
  done
  export MODULARREPORTS_HOST_DLL="$out/Host/ModularReports.Host.dll" MODULARREPORTS_BLANK_DLL="$out/ModularReports.BlankHost/ModularReports.BlankHost.dll" \
    MODULARREPORTS_FRAMEWORKS_DLL="$out/ModularReports.FrameworksHost/ModularReports.FrameworksHost.dll"
else
  dotnet build -c Release -nologo -v q src/Host
fi
dotnet run -c Release --project benchmarks/ModularReports.LoadTests -- "$@"
