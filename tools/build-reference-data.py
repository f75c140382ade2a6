#!/usr/bin/env python3
"""Builds the wider reference dataset (China–Central Asia 2020–2025) from the Xi'an dataset and the additions.

ReferenceData.ChinaCentralAsia2020To2025 is ReferenceData.XianSummit2023 plus the records of
src/CentralAsia.Domain/Reference/china-central-asia-2020-2025.additions.json, appended collection by
collection. The Xi'an facts are kept once (in xian-summit-2023.json) so the two datasets cannot drift;
a test checks that every Xi'an record is in the wider dataset unchanged. The additions may carry an
"evidence" object on a record ({"source": id, "text": the sentence that gives the figure}); it is not part
of the canonical format, so it is dropped here and printed by tools/generate-data-sources.py instead.

Run from the repository root after editing either input:  python3 tools/build-reference-data.py
The output is in canonical form (two-space indent, UTF-8, one final newline): CentralAsiaJson.Serialize
writes the same bytes, which the round-trip test checks.
"""
import copy
import json

folder = "src/CentralAsia.Domain/Reference/"
base = json.load(open(folder + "xian-summit-2023.json", encoding="utf-8"))
additions = json.load(open(folder + "china-central-asia-2020-2025.additions.json", encoding="utf-8"))


def without_evidence(node):
    if isinstance(node, dict):
        return {k: without_evidence(v) for k, v in node.items() if k != "evidence"}
    if isinstance(node, list):
        return [without_evidence(v) for v in node]
    return node


wider = copy.deepcopy(base)
for collection, records in additions.items():
    if collection not in wider:
        raise SystemExit(f"additions: '{collection}' is not a collection of the Xi'an dataset; add it there first or fix the name")
    wider[collection].extend(without_evidence(records))

open(folder + "china-central-asia-2020-2025.json", "w", encoding="utf-8").write(json.dumps(wider, ensure_ascii=False, indent=2) + "\n")
print({k: len(v) for k, v in wider.items() if isinstance(v, list)})
