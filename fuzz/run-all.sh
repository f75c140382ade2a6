#!/usr/bin/env bash
# Fuzzes every target for SECONDS each, JOBS at a time (default: one per core).
#   fuzz/run-all.sh 610        the figures in docs/robustness.md
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seconds=${1:?usage: fuzz/run-all.sh SECONDS [JOBS]}
jobs=${2:-$(nproc)}
"$here/run.sh" --list >/dev/null || exit 2
# The JSON targets first: they cover the most code.
targets="dataset jsonl records money quantity trade-partner partial-date trade-period hs-code identifier country currency region"
printf '%s\n' $targets | xargs -P "$jobs" -I{} "$here/run.sh" {} "$seconds"
