#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET 5.1 (a local tool: dotnet-tools.json).
#
#   mutation/run.sh                        the whole library; fails below 85 % (stryker-config.json)
#   mutation/run.sh 'Values/Money.cs' ...  only these files (globs under src/CentralAsia.Domain)
#   mutation/run.sh -L ...                 arguments starting with '-' go to Stryker as they are
#                                          (-L: a trace log in mutation/out/<date>/logs/)
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
for arg in "$@"; do
  case "$arg" in
    -*) args+=("$arg") ;;
    *) args+=(--mutate "**/$arg") ;;
  esac
done
dotnet stryker "${args[@]}"
