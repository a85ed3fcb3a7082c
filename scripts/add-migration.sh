#!/usr/bin/env bash
# Adds a migration with the same name for every module (or the ones named) and every database provider.
#   scripts/add-migration.sh AddActivityReports            all modules
#   scripts/add-migration.sh AddActivityReports Reporting  one module
# Modules whose model did not change get no migration.
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:?usage: scripts/add-migration.sh MigrationName [Module ...]}"
shift
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(Identity Constituencies Workflow Reporting Notifications)
providers=(Sqlite PostgreSql SqlServer)

dotnet tool restore >/dev/null
dotnet build src/Host -v q -nologo >/dev/null

for module in "${modules[@]}"; do
  project="src/Modules/$module/ModularReports.$module"
  for provider in "${providers[@]}"; do
    context="${provider}${module}DbContext"
    if dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project" \
         --context "$context" >/dev/null 2>&1; then
      echo "$module/$provider: no model changes"
      continue
    fi
    echo "$module/$provider: adding $name"
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "$context" --output-dir "Data/Migrations/$provider" >/dev/null
    # The next provider's check needs the new migration compiled.
    dotnet build "$project" -v q -nologo >/dev/null
  done
done
dotnet build src/Host -v q -nologo >/dev/null  # so the host runs with the new migrations
