#!/usr/bin/env python3
"""Runs a command and writes "WALL_SECONDS CPU_SECONDS" of it and all its descendants to a file.

    fuzz/cputime.py OUTFILE COMMAND [ARG...]

/usr/bin/time cannot be used for AFL++ with SharpFuzz: the .NET target runs the inputs in a child
process that afl-fuzz kills rather than waits for, so its CPU time is never reported to the
parent. This samples /proc every second instead and keeps each process's last user + system time.
Exits with the command's exit code.
"""
import os
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def tree_times(root):
    children, times = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        times[pid] = (int(fields[11]) + int(fields[12])) / TICKS
    seen, stack = {}, [root]
    while stack:
        pid = stack.pop()
        if pid in times:
            seen[pid] = times[pid]
        stack.extend(children.get(pid, []))
    return seen


def main():
    out, command = sys.argv[1], sys.argv[2:]
    start = time.monotonic()
    process = subprocess.Popen(command)
    last = {}
    while process.poll() is None:
        last.update(tree_times(process.pid))
        time.sleep(1)
    wall = time.monotonic() - start
    with open(out, "w", encoding="ascii") as f:
        f.write(f"{wall:.0f} {sum(last.values()):.0f}\n")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
