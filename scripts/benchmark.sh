#!/usr/bin/env bash
# Runs a load script against the real host built in Release. Results are printed as Markdown rows for docs/benchmarks.md.
#   scripts/benchmark.sh search [workers] [seconds]    public resolution search (issue 4)
#   scripts/benchmark.sh reports [workers] [seconds]   published-report search at two sizes, submit/accept (issue 6)
#   scripts/benchmark.sh insight [workers] [seconds]   dashboard statistics at two sizes; Excel and period exports, time and memory (issue 25)
#   scripts/benchmark.sh reports [workers] [seconds] transitions postgres
#       submit/accept on a fresh PostgreSQL database; MODULARREPORTS_BENCH_POSTGRES names a role allowed to create
#       databases, e.g. "Host=127.0.0.1;Username=bench;Password=...;Database=postgres"
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release -nologo -v q src/Host
dotnet run -c Release --project benchmarks/ModularReports.LoadTests -- "$@"
