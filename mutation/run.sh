#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET 5.1 (a local tool: dotnet-tools.json).
#
#   mutation/run.sh                        the whole library; fails below 85 % (stryker-config.json)
#   mutation/run.sh 'Values/Money.cs' ...  only these files (globs under src/CentralAsia.Domain)
#
# Reports (HTML and JSON) go to mutation/out/reports/. Stryker compiles the mutants into the
# library's own bin/ folder, so do not build the repository while it runs (or run it in a clone).
# CONCURRENCY sets the number of parallel test sessions (default: one per core).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
cd "$root/src/CentralAsia.Domain"
args=(--config-file "$root/mutation/stryker-config.json" --output "$root/mutation/out" --concurrency "${CONCURRENCY:-$(nproc)}")
for pattern in "$@"; do
  args+=(--mutate "**/$pattern")
done
dotnet stryker "${args[@]}"
