#!/usr/bin/env python3
"""Front-end speed: Krait's tokenizer+parser against CPython's ast.parse over
the whole standard library, measured side by side in one run.

    python3 bench/parse_speed.py [--reference /usr/bin/python3.11] [--repeats 3]

Both sides read every file into memory first and report the best of the
repeats for parsing them all; files CPython rejects are left out of both.
Prints the two times and the ratio Krait / CPython (the goal: at most 0.5).
"""
import argparse
import os
import subprocess
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

REFERENCE_TIMER = r"""
import ast, sys, time
paths = sys.stdin.read().split("\n")
sources = [open(p, "rb").read() for p in paths]
kept, best = [], 1e300
for path, source in zip(paths, sources):
    try:
        ast.parse(source, path)
        kept.append(path)
    except (SyntaxError, ValueError):
        pass
sources = [open(p, "rb").read() for p in kept]
for _ in range(int(sys.argv[1])):
    start = time.perf_counter()
    for source in sources:
        ast.parse(source)
    best = min(best, time.perf_counter() - start)
print(best)
print("\n".join(kept), file=sys.stderr)
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", default="/usr/bin/python3.11")
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "krait_parse_bench"))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for directory, subdirs, names in os.walk(stdlib):
        subdirs[:] = sorted(d for d in subdirs if d != "site-packages")
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))

    reference = subprocess.run([args.reference, "-c", REFERENCE_TIMER, str(args.repeats)],
                               input="\n".join(files), capture_output=True, text=True, check=True)
    cpython_time = float(reference.stdout)
    kept = reference.stderr.strip().split("\n")
    krait = subprocess.run([args.bench, str(args.repeats)], input="\n".join(kept),
                           capture_output=True, text=True, check=True)
    krait_time, krait_failures = krait.stdout.split()
    krait_time = float(krait_time)
    size = sum(os.path.getsize(p) for p in kept)
    print("files: %d (%.1f MB) parsed by %s" % (len(kept), size / 1e6, args.reference))
    print("CPython ast.parse:      %.3f s" % cpython_time)
    print("Krait tokenize+parse:   %.3f s (%s files rejected)" % (krait_time, krait_failures))
    print("ratio Krait/CPython:    %.3f" % (krait_time / cpython_time))


main()
