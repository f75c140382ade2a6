#!/usr/bin/env bash
# Packs the centralasia .NET tool, installs it from the packed folder as a user would (into a tool path, so
# nothing global changes), and runs it: --help, --version equal to the library's package version, validate on a
# bad file (exit 1 with the error's line and code), brief --as-of 1995-01-01 (exit 0), and a convert. Then checks
# that a tagged commit packs the library and the tool as the tag's version.
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
# From a local tool manifest too: dotnet tool run.
(cd "$work" && dotnet new tool-manifest >/dev/null && dotnet tool install --local centralasia --add-source "$OLDPWD/$out" --version "$version" >/dev/null \
  && [ "$(dotnet tool run centralasia --version | cut -d+ -f1)" = "$version" ]) || { echo "local tool manifest install failed"; exit 1; }

# A tagged commit packs as that version, the library and the tool alike (MinVer reads the tag): tag a clone.
clone="$work/tagged"
git clone -q . "$clone"
git -C "$clone" tag v0.9.0
dotnet pack "$clone/src/CentralAsia.Domain" -c Release -o "$work/tagged-packages" -v quiet -nologo >/dev/null
dotnet pack "$clone/src/CentralAsia.Domain.Tool" -c Release -o "$work/tagged-packages" -v quiet -nologo >/dev/null
ls "$work/tagged-packages/CentralAsia.Domain.0.9.0.nupkg" "$work/tagged-packages/centralasia.0.9.0.nupkg" >/dev/null
echo "tool ok: centralasia $version installed from $out; a commit tagged v0.9.0 packs both packages as 0.9.0"
