#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to
# src/CentralAsia.Domain/PublicAPI.Unshipped.txt, and drops entries reported as removed (RS0017).
# Review the diff: the API files are the record of what the package promises.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/CentralAsia.Domain/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/CentralAsia.Domain -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u >"$log.add" || true
grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u >"$log.del" || true
{ head -n1 "$api"; { tail -n +2 "$api" | grep -vxF -f "$log.del" || true; cat "$log.add"; } | sort -u; } >"$api.new"
mv "$api.new" "$api"
echo "added $(wc -l <"$log.add"), removed $(wc -l <"$log.del")"
rm -f "$log" "$log.add" "$log.del"
