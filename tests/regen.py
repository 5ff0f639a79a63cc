#!/usr/bin/env python3
"""Records CPython 3.11's behaviour as the expectations of the differential
tests: `python3 tests/regen.py [AREA ...]`. Never edit expectations by hand."""
import os
import sys

import harness


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py must run under CPython 3.11 (got %s)" % sys.version.split()[0])
    areas = sys.argv[1:]
    jobs = [(area, test, view) for area, test in harness.discover(areas) for view in harness.AREAS[area]]

    def record(job):
        area, test, view = job
        outcome = harness.run([sys.executable] + view.cpython, area, test, view)
        path = harness.expected_path(area, test, view)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(harness.serialize(harness.summary(outcome, view), outcome.stdout))

    harness.parallel(record, jobs)
    # Expectations whose test file is gone would never be checked again.
    for area in areas or harness.AREAS:
        directory = os.path.join(harness.TESTS_DIR, area, "expected")
        if not os.path.isdir(directory):
            continue
        live = {harness.expected_path(a, t, v) for a, t, v in jobs if a == area}
        for name in os.listdir(directory):
            path = os.path.join(directory, name)
            if path not in live:
                os.remove(path)
    print("recorded %d expectations" % len(jobs))


main()
