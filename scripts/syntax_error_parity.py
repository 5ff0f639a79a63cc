#!/usr/bin/env python3
"""Measures how many of CPython 3.11's own bad-syntax examples Krait reports
exactly as CPython does:

  - the badsyntax_*.py files of CPython's Lib/test (run as programs: the
    whole stderr and the exit status are compared), and
  - the doctest examples of Lib/test/test_syntax.py that expect a
    SyntaxError (each example's source run as a program: the error line
    `Type: message` is compared, and the whole stderr too).

`python3 scripts/syntax_error_parity.py [--krait build/krait] [--tests DIR] [-v]`
where DIR is CPython 3.11's Lib/test (found under /usr/lib/python3.11 or
pyenv when not given). Nothing of CPython is copied into this repository.
"""
import argparse
import concurrent.futures
import doctest
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_tests_dir():
    candidates = ["/usr/lib/python3.11/test"] + sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.11*/lib/python3.11/test")))
    for candidate in candidates:
        if os.path.exists(os.path.join(candidate, "test_syntax.py")):
            return candidate
    return None


def run(command, path):
    directory, name = os.path.split(path)
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run(command + [name], cwd=directory, capture_output=True, timeout=60, env=env)
    stderr = proc.stderr.decode("utf-8", "replace").replace(directory + os.sep, "")
    return proc.returncode, stderr


def last_line(stderr):
    lines = stderr.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def doctest_examples(test_syntax):
    """(name, source) of the examples expecting a SyntaxError (or subclass)."""
    with open(test_syntax, encoding="utf-8") as f:
        text = f.read()
    namespace = {}
    # The doctests are the module docstring; read it without running the module.
    import ast
    docstring = ast.get_docstring(ast.parse(text), clean=False) or ""
    parser = doctest.DocTestParser()
    examples = []
    for number, example in enumerate(parser.get_examples(docstring)):
        if example.exc_msg is None and "Error" not in example.want:
            continue
        wanted = example.exc_msg or example.want
        if "SyntaxError" not in wanted and "IndentationError" not in wanted and "TabError" not in wanted:
            continue
        examples.append(("test_syntax example %d (line %d)" % (number, example.lineno + 1), example.source))
    del namespace
    return examples


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    arguments.add_argument("--tests", default=None)
    arguments.add_argument("--python", default="python3")
    arguments.add_argument("-v", "--verbose", action="store_true")
    options = arguments.parse_args()
    tests_dir = options.tests or find_tests_dir()
    if not tests_dir:
        sys.exit("CPython 3.11's Lib/test not found: give --tests DIR")
    krait = os.path.abspath(options.krait)

    with tempfile.TemporaryDirectory() as scratch:
        cases = []  # (name, path, kind)
        for path in sorted(glob.glob(os.path.join(tests_dir, "**", "badsyntax_*.py"), recursive=True)):
            cases.append((os.path.relpath(path, tests_dir), path, "file"))
        for index, (name, source) in enumerate(doctest_examples(os.path.join(tests_dir, "test_syntax.py"))):
            path = os.path.join(scratch, "example_%04d.py" % index)
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            cases.append((name, path, "doctest"))

        def compare(case):
            name, path, kind = case
            expected = run([options.python], path)
            actual = run([krait], path)
            return name, kind, expected, actual

        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(compare, cases))

    totals = {}
    for name, kind, expected, actual in results:
        total = totals.setdefault(kind, {"count": 0, "message": 0, "stderr": 0})
        total["count"] += 1
        same_message = expected[0] == actual[0] and last_line(expected[1]) == last_line(actual[1])
        same_stderr = expected == actual
        total["message"] += same_message
        total["stderr"] += same_stderr
        if options.verbose and not same_stderr:
            print("DIFF %s%s" % (name, "" if same_message else " (message)"))
            print("  cpython: %s" % last_line(expected[1]))
            print("  krait:   %s" % last_line(actual[1]))
    for kind, label in (("file", "badsyntax_*.py files"), ("doctest", "test_syntax.py doctest examples")):
        total = totals.get(kind)
        if not total:
            continue
        count = total["count"]
        print("%s: %d; identical message %d (%.1f%%); identical whole stderr %d (%.1f%%)" % (
            label, count, total["message"], 100.0 * total["message"] / count,
            total["stderr"], 100.0 * total["stderr"] / count))


main()
