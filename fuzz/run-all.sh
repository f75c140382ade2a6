#!/usr/bin/env bash
# Fuzzes targets for SECONDS each, JOBS at a time (default 1: each run then has a core of its own
# on a 2-core machine and its CPU time is close to its wall time).
#   fuzz/run-all.sh 610                 every target, the figures in docs/robustness.md
#   fuzz/run-all.sh 610 2 dataset jsonl two targets side by side
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seconds=${1:?usage: fuzz/run-all.sh SECONDS [JOBS] [TARGET...]}
jobs=${2:-1}
shift $(( $# >= 2 ? 2 : 1 ))
"$here/run.sh" --list >/dev/null || exit 2
# By default the JSON targets first: they cover the most code.
targets=${*:-dataset jsonl records money quantity trade-partner partial-date trade-period hs-code identifier country currency region}
printf '%s\n' $targets | xargs -P "$jobs" -I{} "$here/run.sh" {} "$seconds"
