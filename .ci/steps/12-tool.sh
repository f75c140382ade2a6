#!/usr/bin/env bash
# Packs the centralasia .NET tool, installs it from the packed folder as a user would (into a tool path, so
# nothing global changes), and runs it: --help, --version equal to the library's package version, validate on a
# bad file (exit 1 with the error's line and code), brief --as-of 1995-01-01 (exit 0), and a convert.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/packages
tools=artifacts/tools
rm -rf "$tools"
dotnet pack src/CentralAsia.Domain.Tool -c Release -o "$out" -p:ContinuousIntegrationBuild=true
tool_nupkg=$(ls "$out"/centralasia.[0-9]*.nupkg | head -n 1)
version=$(basename "$tool_nupkg" .nupkg); version=${version#centralasia.}
dotnet tool install centralasia --tool-path "$tools" --add-source "$out" --version "$version"
ca="$tools/centralasia"

"$ca" --help | grep -q "validate <files>"
[ "$("$ca" --version | cut -d+ -f1)" = "$version" ] || { echo "--version is not $version"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '{\n  "schemaVersion": "1.0",\n  "tradeFlows": [\n    {"reporter": "ZZ"}\n  ]\n}\n' > "$work/bad.json"
set +e
"$ca" validate "$work/bad.json" > "$work/out.txt" 2> "$work/err.txt"; code=$?
set -e
[ "$code" = 1 ] || { echo "validate exited $code, not 1"; cat "$work/out.txt" "$work/err.txt"; exit 1; }
grep -q "bad.json:4  /tradeFlows/0/reporter  country.code.unknown" "$work/out.txt"

"$ca" brief --as-of 1995-01-01 --format markdown | grep -q "not yet in office"
"$ca" convert src/CentralAsia.Domain/Reference/xian-summit-2023.json "$work/flows.jsonl" --quiet
[ "$(wc -l < "$work/flows.jsonl")" -gt 10 ]
echo "tool ok: centralasia $version installed from $out"
