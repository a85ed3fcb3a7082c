#!/usr/bin/env bash
# Runs a load script against the real host built in Release. Results are printed as Markdown rows for docs/benchmarks.md.
#   scripts/benchmark.sh search [workers] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release -nologo -v q src/Host
dotnet run -c Release --project benchmarks/ModularReports.LoadTests -- "$@"
