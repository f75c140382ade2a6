#!/usr/bin/env bash
# Independent check of the JSON Schema with ajv (npm): every golden dataset (and the embedded
# reference dataset, when present) is valid, and known-invalid documents are rejected.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent ajv@8 ajv-formats@3 >/dev/null)
cat >"$work/check.js" <<'JS'
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
let failed = 0;
for (const file of process.argv.slice(3)) {
  const expectValid = !file.includes("invalid");
  const ok = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  console.log(`${ok === expectValid ? "ok  " : "FAIL"} ${file} (${ok ? "valid" : "invalid"})`);
  if (ok !== expectValid) { failed++; console.log(JSON.stringify(validate.errors, null, 1)); }
}
process.exit(failed ? 1 : 0);
JS
cat >"$work/invalid-country.json" <<'JSON'
{"schemaVersion":"1.0","tradeFlows":[{"reporter":"ZZ","partner":"KZ","direction":"export","period":"2022","value":{"amount":1,"currency":"USD"}}]}
JSON
cat >"$work/invalid-negative.json" <<'JSON'
{"schemaVersion":"1.0","tradeFlows":[{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":-1,"currency":"USD"}}]}
JSON
cat >"$work/invalid-estimated.json" <<'JSON'
{"schemaVersion":"1.0","tradeFlows":[{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":1,"currency":"USD"},"estimated":true}]}
JSON
files=(tests/CentralAsia.Domain.Tests/Serialization/Golden/dataset*.json "$work"/invalid-*.json)
[ -f src/CentralAsia.Domain/Reference/xian-summit-2023.json ] && files+=(src/CentralAsia.Domain/Reference/xian-summit-2023.json)
node "$work/check.js" schema/centralasia.schema.json "${files[@]}"
