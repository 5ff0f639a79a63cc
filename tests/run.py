#!/usr/bin/env python3
"""Runs the differential tests: `python3 tests/run.py [--krait PATH] [AREA ...]`.
Each test's Krait outcome is compared with the CPython 3.11 expectation
recorded by tests/regen.py. Ends with the line `N passed, N failed`."""
import argparse
import difflib
import os
import sys

import harness


def compare(job):
    krait, area, test, view = job
    path = harness.expected_path(area, test, view)
    if not os.path.exists(path):
        return False, "no expectation: run tests/regen.py %s" % area
    with open(path, encoding="utf-8", newline="") as f:
        expected = f.read()
    outcome = harness.run([krait] + view.krait, area, test, view)
    actual = harness.serialize(harness.summary(outcome, view), outcome.stdout)
    if actual == expected:
        return True, ""
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "cpython", "krait", lineterm="", n=1)
    detail = "\n".join(list(diff)[:30])
    if outcome.status != 0 and outcome.stderr:
        detail += "\n  krait stderr: " + outcome.stderr.strip().splitlines()[-1][:300]
    return False, detail


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--krait", default=harness.DEFAULT_KRAIT)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("areas", nargs="*")
    args = parser.parse_args()
    krait = os.path.abspath(args.krait)
    jobs = [(krait, area, test, view) for area, test in harness.discover(args.areas)
            for view in harness.AREAS[area]]
    results = harness.parallel(compare, jobs)
    failed = 0
    for (_, area, test, view), (ok, detail) in zip(jobs, results):
        if not ok:
            failed += 1
            print("FAIL %s/%s [%s]" % (area, test, view.name))
            if args.verbose:
                print(detail)
    print("%d passed, %d failed" % (len(jobs) - failed, failed))
    return 1 if failed else 0


sys.exit(main())
