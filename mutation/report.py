#!/usr/bin/env python3
"""Summarises a Stryker.NET JSON report (mutation-testing-elements schema).

    mutation/report.py [REPORT]        score, counts per status and per file, then every mutant
                                       left alive (Survived, NoCoverage) with its line
    mutation/report.py REPORT --timeouts   also list the mutants that timed out

REPORT defaults to the newest mutation/out/reports/mutation-report.json.
The score is Stryker's: (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage).
"Killed only" leaves timeouts out of the detected mutants, for a machine where a slow run may
have been mistaken for an endless loop.
"""
import collections
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
path = args[0] if args else max(glob.glob(os.path.join(here, 'out', '**', 'mutation-report.json'), recursive=True), key=os.path.getmtime)
report = json.load(open(path, encoding='utf-8'))

counts = collections.Counter()
per_file = {}
alive = []
timeouts = []
for name, data in sorted(report['files'].items()):
    short = name.split('/src/CentralAsia.Domain/')[-1]
    c = collections.Counter(m['status'] for m in data['mutants'])
    counts.update(c)
    per_file[short] = c
    for m in data['mutants']:
        where = f"{short}:{m['location']['start']['line']}"
        row = f"  {m['status']:<10} {where:<48} {m['mutatorName']}: {m.get('replacement', '')[:90]}"
        if m['status'] in ('Survived', 'NoCoverage'):
            alive.append(row)
        elif m['status'] == 'Timeout':
            timeouts.append(row)

detected = counts['Killed'] + counts['Timeout']
valid = detected + counts['Survived'] + counts['NoCoverage']
print(f"report: {os.path.relpath(path)}")
print(f"mutants: {sum(counts.values())}  " + "  ".join(f"{k}: {v}" for k, v in counts.most_common()))
print(f"score: {100 * detected / valid:.2f} %  ({detected} of {valid})   killed only: {100 * counts['Killed'] / valid:.2f} %")
print()
print(f"{'file':<48} {'score':>7} {'killed':>7} {'timeout':>8} {'survived':>9} {'nocov':>6}")
for short, c in sorted(per_file.items(), key=lambda kv: kv[0]):
    v = c['Killed'] + c['Timeout'] + c['Survived'] + c['NoCoverage']
    if v:
        print(f"{short:<48} {100 * (c['Killed'] + c['Timeout']) / v:6.1f}% {c['Killed']:>7} {c['Timeout']:>8} {c['Survived']:>9} {c['NoCoverage']:>6}")
print()
print(f"alive ({len(alive)}):")
print("\n".join(alive))
if '--timeouts' in sys.argv:
    print(f"\ntimeouts ({len(timeouts)}):")
    print("\n".join(timeouts))
