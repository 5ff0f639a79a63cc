#!/usr/bin/env python3
"""Scaling benchmark of the built-in types (issue 4): no quadratic traps.
`python3 bench/scaling.py [--krait build/krait] [--reference /usr/bin/python3.11] [--n N]`

Runs each workload at n and at 10n items under Krait and under CPython
3.11, each in a fresh process, and prints the time ratio t(10n) / t(n):
about 10 for linear work (a little more for n log n), about 100 for a
quadratic trap. n is 100,000 for the dict and set workloads (1,000,000
string keys at 10n) and 1,000,000 for the others, whose small sizes would
fit in the processor's caches and flatter the first measurement. `--scale`
multiplies every n. Times are the best of three runs."""
import argparse
import subprocess
import sys

# Each workload is (n, the body of `def run(n)`); the program times one call.
WORKLOADS = {
    "str +=": (1_000_000, """
    s = ""
    for i in range(n):
        s += "piece"
    return len(s)
"""),
    "sorted(sorted)": (1_000_000, """
    data = list(range(n))
    return sorted(data)[-1]
"""),
    "sorted(reversed)": (1_000_000, """
    data = list(range(n, 0, -1))
    return sorted(data)[0]
"""),
    "dict str keys": (100_000, """
    keys = ["key%d" % i for i in range(n)]
    d = {}
    for k in keys:
        d[k] = 1
    total = 0
    for k in keys:
        total += d[k]
    return total
"""),
    "set str keys": (100_000, """
    keys = ["key%d" % i for i in range(n)]
    s = set()
    for k in keys:
        s.add(k)
    return sum(1 for k in keys if k in s)
"""),
    "str.join": (1_000_000, """
    pieces = ["p%d" % (i % 100) for i in range(n)]
    return len("".join(pieces))
"""),
    "list pop/append": (1_000_000, """
    stack = []
    for i in range(n):
        stack.append(i)
        stack.append(i)
        stack.pop()
    while stack:
        stack.pop()
    return n
"""),
}

PROGRAM = """
import time
def run(n):
{body}
start = time.perf_counter()
run({n})
print(time.perf_counter() - start)
"""


def measure(interpreter, body, n):
    program = PROGRAM.format(body=body, n=n)
    times = []
    for _ in range(3):
        out = subprocess.run([interpreter, "-c", program], capture_output=True, text=True, check=True).stdout
        times.append(float(out))
    return min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--krait", default="build/krait")
    parser.add_argument("--reference", default="/usr/bin/python3.11")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    print("%-18s %24s %24s" % ("workload", "Krait n / 10n (ratio)", "CPython n / 10n (ratio)"))
    worst = 0.0
    for name, (n, body) in WORKLOADS.items():
        n = int(n * args.scale)
        row = []
        for interpreter in (args.krait, args.reference):
            small = measure(interpreter, body, n)
            large = measure(interpreter, body, n * 10)
            row.append("%7.4fs %7.3fs (%5.1f)" % (small, large, large / small))
            if interpreter == args.krait:
                worst = max(worst, large / small)
        print("%-18s %24s %24s" % (name, row[0], row[1]))
    print("worst Krait ratio t(10n)/t(n): %.1f (linear: ~10, quadratic: ~100)" % worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
