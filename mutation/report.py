#!/usr/bin/env python3
"""Summarises a Stryker.NET JSON report (mutation-testing-elements schema).

    mutation/report.py [REPORT]        score, counts per status and per file, then every mutant
                                       left alive (Survived, NoCoverage) with its line
    mutation/report.py REPORT --timeouts   also list the mutants that timed out
    mutation/report.py --log LOG           count a run that was stopped before its report, from its
                                           trace log (mutation/run.sh -L: mutation/out/logs/log-*.txt)

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


def count_log(log):
    """Per-mutant results as the trace log records them: Stryker's own verdicts, before any report."""
    import re
    running, timed_out, status, files, current = {}, set(), {}, {}, None
    no_coverage = 0
    for line in open(log, encoding='utf-8', errors='replace'):
        if m := re.search(r'\[DBG\] Mutating "(.*?)"', line):
            current = m.group(1).split('/src/CentralAsia.Domain/')[-1]
        elif m := re.search(r'\[DBG\] Mutant (\d+) created', line):
            files[m.group(1)] = current
        elif m := re.search(r'"(MtpRunner-\d+)": Testing mutant\(s\) \[(.*?)\]', line):
            running[m.group(1)] = m.group(2).replace('"', '').split(',')
        elif m := re.search(r'"(MtpRunner-\d+)": Test run timed out', line):
            timed_out.update(running.get(m.group(1), []))
        elif m := re.search(r'Test run for "(\d+): .*?" is "(\w+)"', line):
            status[m.group(1)] = m.group(2)
        elif m := re.search(r'(\d+)\s+mutants got status NoCoverage', line):
            no_coverage = int(m.group(1))
    verdicts = collections.Counter()
    alive = []
    for mutant, result in status.items():
        verdict = 'Killed' if result != 'success' else 'Timeout' if mutant in timed_out else 'Survived'
        verdicts[verdict] += 1
        if verdict == 'Survived':
            alive.append(f"  Survived   {files.get(mutant, '?')} (mutant {mutant})")
    tested = sum(verdicts.values())
    print(f"log: {os.path.relpath(log)}")
    print(f"tested: {tested}  " + "  ".join(f"{k}: {v}" for k, v in verdicts.most_common()) + f"  (NoCoverage, not tested: {no_coverage})")
    if tested:
        print(f"detected among tested: {100 * (verdicts['Killed'] + verdicts['Timeout']) / tested:.1f} %   killed: {100 * verdicts['Killed'] / tested:.1f} %")
    print("\n".join(sorted(alive)))


if '--log' in sys.argv:
    count_log(sys.argv[sys.argv.index('--log') + 1])
    sys.exit(0)

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
