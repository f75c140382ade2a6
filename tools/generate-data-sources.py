#!/usr/bin/env python3
"""Regenerates the source table of docs/data-sources.md from the embedded reference dataset.

The text above the marker line is hand-written (conflicts and choices); below it is generated.
Run from the repository root:  python3 tools/generate-data-sources.py
"""
import json
from collections import defaultdict

path = "docs/data-sources.md"
marker = "<!-- generated below: python3 tools/generate-data-sources.py -->"
data = json.load(open("src/CentralAsia.Domain/Reference/xian-summit-2023.json", encoding="utf-8"))
head = open(path, encoding="utf-8").read().split(marker)[0]

cited = defaultdict(set)
def walk(node, where):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("citations",):
                for sid in value:
                    cited[sid].add(where)
            else:
                walk(value, where)
    elif isinstance(node, list):
        for item in node:
            walk(item, where)
for collection in ("countries", "leaders", "tradeFlows", "projects", "summits", "declarations"):
    walk(data.get(collection, []), collection)

rows = ["| Id | Publisher | Title | Published | Cited by | URL |", "|---|---|---|---|---|---|"]
for s in data["sources"]:
    title = s["title"].replace("|", "\\|")
    rows.append(f"| `{s['id']}` | {s['publisher']} | {title} | {s.get('published', '–')} | {', '.join(sorted(cited[s['id']])) or '–'} | <{s['url']}> |")
open(path, "w", encoding="utf-8").write(head + marker + "\n\n" + "\n".join(rows) + "\n")
print(len(data["sources"]), "sources")
