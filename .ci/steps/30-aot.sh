#!/usr/bin/env bash
# Publishes samples/AotSmoke with Native AOT: no IL2xxx/IL3xxx (trim/AOT) warning is allowed; then
# runs the native binary and checks what it prints.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/aot
rm -rf "$out"
log=$(mktemp)
dotnet publish samples/AotSmoke -c Release -r linux-x64 -o "$out" 2>&1 | tee "$log"
if grep -E "warning IL[23][0-9]{3}" "$log"; then
  echo "trim/AOT warnings found"
  exit 1
fi
test -x "$out/AotSmoke"
output=$("$out/AotSmoke")
echo "$output"
expected=$'round trip: equal
error: /tradeFlows/0/reporter country.code.unknown
error: /tradeFlows/0/direction enum.undefined
error: /tradeFlows/0/period date.nonexistent
error: /tradeFlows/0/value/amount money.negative
json lines: 3 records
system.text.json: equal
schema: True
user dto: equal
user dto error: $.Partner trade.partner.unordered'
if [ "$output" != "$expected" ]; then
  echo "unexpected output from the native binary"
  diff <(echo "$expected") <(echo "$output") || true
  exit 1
fi
echo "native AOT sample ok"
