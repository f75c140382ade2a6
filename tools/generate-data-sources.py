#!/usr/bin/env python3
"""Regenerates the tables at the end of docs/data-sources.md from the embedded reference datasets.

The text above the marker line is hand-written (conflicts and choices); below it is generated:
every source of the wider dataset (which contains the Xi'an one) with what cites it, and every figure the
2020–2025 additions bring with the sentence of its source. Run from the repository root, after
python3 tools/build-reference-data.py:  python3 tools/generate-data-sources.py
"""
import json
from collections import defaultdict

path = "docs/data-sources.md"
marker = "<!-- generated below: python3 tools/generate-data-sources.py -->"
folder = "src/CentralAsia.Domain/Reference/"
xian = json.load(open(folder + "xian-summit-2023.json", encoding="utf-8"))
wider = json.load(open(folder + "china-central-asia-2020-2025.json", encoding="utf-8"))
additions = json.load(open(folder + "china-central-asia-2020-2025.additions.json", encoding="utf-8"))
head = open(path, encoding="utf-8").read().split(marker)[0]
xian_ids = {s["id"] for s in xian["sources"]}


def cell(text):
    return str(text).replace("|", "\\|")


cited = defaultdict(set)
def walk(node, where):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "citations":
                for sid in value:
                    cited[sid].add(where)
            else:
                walk(value, where)
    elif isinstance(node, list):
        for item in node:
            walk(item, where)
for collection in ("countries", "leaders", "tradeFlows", "projects", "summits", "declarations", "financeCommitments"):
    walk(wider.get(collection, []), collection)

rows = ["## Sources", "", "`In`: *both* datasets, or *2020–2025* only.", "",
        "| Id | In | Publisher | Title | Published | Cited by | URL |", "|---|---|---|---|---|---|---|"]
for s in wider["sources"]:
    where = "both" if s["id"] in xian_ids else "2020–2025"
    rows.append(f"| `{s['id']}` | {where} | {cell(s['publisher'])} | {cell(s['title'])} | {s.get('published', '–')} | {', '.join(sorted(cited[s['id']])) or '–'} | <{s['url']}> |")

def amount(value):
    billions = value["amount"] / 1e9
    return f"{billions:,.2f}bn {value['currency']}" if billions >= 1 else f"{value['amount'] / 1e6:,.0f}m {value['currency']}"

figures = ["", "## Figures added for 2020–2025", "",
           "Each figure of `china-central-asia-2020-2025.additions.json`, the source that gives it and that source's sentence.", "",
           "| Figure | Value | Source | The source's sentence |", "|---|---|---|---|"]
missing = []
def figure(what, value, record):
    ev = record.get("evidence")
    if ev is None:
        missing.append(what)
    else:
        figures.append(f"| {what} | {amount(value)} | `{ev['source']}` | {cell(ev['text'])} |")
for f in additions.get("tradeFlows", []):
    figure(f"{f['reporter']} → {f['partner']}, {f['direction']}, {f['period']}", f["value"], f)
for d in additions.get("declarations", []):
    for c in d["commitments"]:
        if "targetAmount" in c:
            figure(f"{d['id']} / {c['id']}", c["targetAmount"], c)
if missing:
    raise SystemExit("figures without evidence: " + ", ".join(missing))

open(path, "w", encoding="utf-8").write(head + marker + "\n\n" + "\n".join(rows + figures) + "\n")
print(len(wider["sources"]), "sources,", sum(1 for r in figures if r.startswith("| ") and not r.startswith("| Figure")), "figures")
