#!/usr/bin/env bash
# Runs the benchmarks. Quick mode (default): BenchmarkDotNet's short job, a few minutes on 2 cores.
# Full mode: the default job, statistically sound, much longer.
#   benchmarks/run.sh            # quick
#   benchmarks/run.sh full
# Results: BenchmarkDotNet.Artifacts/results/*.md, and the JSON Lines peak-memory lines printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-quick}
project=benchmarks/CentralAsia.Domain.Benchmarks
dotnet build "$project" -c Release >/dev/null
job=()
[ "$mode" = quick ] && job=(--job short)
dotnet run --project "$project" -c Release --no-build -- --filter '*' "${job[@]}" --artifacts BenchmarkDotNet.Artifacts
# Peak memory of JSON Lines streaming, each size in a fresh process.
for n in 100000 1000000; do
  dotnet run --project "$project" -c Release --no-build -- jsonl-memory "$n"
done
