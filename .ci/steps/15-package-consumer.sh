#!/usr/bin/env bash
# Builds and runs samples/PackageConsumer against the package packed by 10-pack.sh, restoring into
# an empty NuGet cache so that a stale CentralAsia.Domain can never be used, and checks its output.
set -euo pipefail
cd "$(dirname "$0")/../.."
nupkg=$(ls artifacts/packages/CentralAsia.Domain.[0-9]*.nupkg | grep -v '\.snupkg$' | head -n 1)
version=$(basename "$nupkg" .nupkg | sed 's/^CentralAsia\.Domain\.//')
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export NUGET_PACKAGES="$cache"
if ! output=$(dotnet run --project samples/PackageConsumer -c Release -p:CentralAsiaDomainVersion="$version" 2>&1); then
  echo "$output"
  exit 1
fi
echo "$output"
test -d "$cache/centralasia.domain/$version"
expected='China reports 31200000000 USD, Kazakhstan 24100000000 USD: gap 7100000000 USD
/partner  trade.partner.includes-reporter  The partner KG+KZ includes the reporter KZ; a country does not trade with itself.
/value/amount  money.negative  The amount -5 USD is negative; it must be zero or more.
/note  note.required  An estimated figure needs a note saying how it was derived.'
if [ "$(echo "$output" | tail -n 4)" != "$expected" ]; then
  echo "unexpected output from the package consumer"
  exit 1
fi
echo "package consumer ok (CentralAsia.Domain $version from the folder feed)"
