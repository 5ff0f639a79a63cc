#!/usr/bin/env python3
"""Big-integer speed (issue 4): `python3 bench/bigint.py [--krait build/krait]
[--reference /usr/bin/python3.11] [--runs N]`.

Two programs, each timed (best of N runs, wall clock, fresh process) under
Krait and CPython 3.11, with their outputs compared:
  pi:   10,000 digits of pi by Gibbons' unbounded spigot (int arithmetic on
        numbers of thousands of digits, divmod, comparisons);
  pow2: str(2**1000000) (raising the int/str digit limit first): big power
        and a 301,030-digit decimal conversion."""
import argparse
import subprocess
import sys
import time

PI = """
import sys
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out
digits = pi_digits(10000)
print("".join(map(str, digits[:50])), sum(digits), len(digits))
"""

POW2 = """
import sys
sys.set_int_max_str_digits(0)
text = str(2 ** 1000000)
print(len(text), text[:20], text[-20:])
"""


def best_time(interpreter, program, runs):
    best, output = None, None
    for _ in range(runs):
        start = time.perf_counter()
        output = subprocess.run([interpreter, "-c", program], capture_output=True, text=True, check=True).stdout
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--krait", default="build/krait")
    parser.add_argument("--reference", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    failed = False
    for name, program in (("pi 10,000 digits", PI), ("str(2**1000000)", POW2)):
        krait, krait_out = best_time(args.krait, program, args.runs)
        cpython, cpython_out = best_time(args.reference, program, args.runs)
        same = krait_out == cpython_out
        failed = failed or not same
        print("%-18s Krait %7.3fs  CPython %7.3fs  ratio %.3f  %s" %
              (name, krait, cpython, krait / cpython, "same output" if same else "OUTPUT DIFFERS"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
