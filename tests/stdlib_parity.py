#!/usr/bin/env python3
"""Front-end parity over CPython's own standard library.

For every .py file of python3's stdlib (test/ included, site-packages
excluded), Krait's `--tokens`, `--ast` and `--ast -a` must print byte for byte
what `python3 -m tokenize`, `python3 -m ast` and `python3 -m ast -a` print.
CPython's side is computed live, in-process (the same formatting as those
modules' main()). For the files CPython's ast.parse rejects, Krait's `--ast`
must fail with the same error type on the same line (the "reject" view).

Files known to differ are listed in tests/stdlib_known_failures.txt; the run
fails on any other difference (a regression), and reports files that now
pass so the list only shrinks (--update-known rewrites it).

    python3 tests/stdlib_parity.py [--krait PATH] [--update-known] [--limit N] [-v]
"""
import argparse
import ast
import io
import multiprocessing
import os
import subprocess
import sys
import sysconfig
import tokenize

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
KNOWN_FAILURES = os.path.join(TESTS_DIR, "stdlib_known_failures.txt")
VIEWS = ("tokens", "ast", "ast-a", "reject")


def stdlib_files():
    stdlib = sysconfig.get_paths()["stdlib"]
    found = []
    for directory, subdirs, files in os.walk(stdlib):
        subdirs[:] = sorted(d for d in subdirs if d != "site-packages")
        found.extend(os.path.join(directory, f) for f in sorted(files) if f.endswith(".py"))
    return stdlib, found


def cpython_tokens(path):
    """(stdout, stderr, status) of `python3 -m tokenize path`."""
    out = io.StringIO()
    try:
        with open(path, "rb") as f:
            tokens = list(tokenize.tokenize(f.readline))
        for token in tokens:
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.type], token.string))
        return out.getvalue(), "", 0
    except IndentationError as err:
        line, column = err.args[1][1:3]
        return "", "%s:%d:%d: error: %s\n" % (path, line, column, err.args[0]), 1
    except tokenize.TokenError as err:
        line, column = err.args[1]
        return "", "%s:%d:%d: error: %s\n" % (path, line, column, err.args[0]), 1
    except SyntaxError as err:
        return "", "%s: error: %s\n" % (path, err), 1


def cpython_ast(path):
    """The two dumps of `python3 -m ast [-a] path`, or the error's
    (type name, line) if CPython rejects it."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path, "exec", type_comments=True)
    except SyntaxError as error:
        return type(error).__name__, error.lineno
    return (ast.dump(tree, indent=3) + "\n", ast.dump(tree, include_attributes=True, indent=3) + "\n")


def error_summary(path, stderr):
    """(type name, line) of the SyntaxError Krait printed for `path`."""
    lines = stderr.rstrip("\n").split("\n")
    location = 'File "%s", line ' % path
    numbers = [l.strip()[len(location):] for l in lines if l.strip().startswith(location)]
    return lines[-1].split(":", 1)[0], int(numbers[-1]) if numbers and numbers[-1].isdigit() else None


def krait(krait_path, args):
    try:
        proc = subprocess.run([krait_path] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=int(os.environ.get("KRAIT_TEST_TIMEOUT", "60")))
        return (proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"),
                proc.returncode)
    except subprocess.TimeoutExpired:
        return ("", "timeout", -1)


def check_file(job):
    """{view: True/False/None} for one file; None means not counted."""
    krait_path, path = job
    results = {}
    results["tokens"] = krait(krait_path, ["--tokens", path]) == cpython_tokens(path)
    dumps = cpython_ast(path)
    if isinstance(dumps[1], int):
        results["ast"] = results["ast-a"] = None
        out, err, status = krait(krait_path, ["--ast", path])
        results["reject"] = status == 1 and error_summary(path, err) == dumps
    else:
        results["reject"] = None
        for view, expected, args in (("ast", dumps[0], ["--ast", path]), ("ast-a", dumps[1], ["--ast", "-a", path])):
            out, err, status = krait(krait_path, args)
            results[view] = status == 0 and out == expected
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    parser.add_argument("--update-known", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="check only the first N files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failing file")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("stdlib_parity.py must run under CPython 3.11")
    stdlib, files = stdlib_files()
    if args.limit:
        files = files[: args.limit]
    krait_path = os.path.abspath(args.krait)
    with multiprocessing.Pool(os.cpu_count() or 2) as pool:
        results = pool.map(check_file, [(krait_path, f) for f in files], chunksize=4)

    failing = set()
    for view in VIEWS:
        counted = [(f, r[view]) for f, r in zip(files, results) if r[view] is not None]
        identical = sum(1 for _, ok in counted if ok)
        print("%-6s %4d / %4d files %s" % (view, identical, len(counted),
                                            "rejected alike" if view == "reject" else "identical"))
        failing.update("%s %s" % (view, os.path.relpath(f, stdlib)) for f, ok in counted if not ok)

    known = set()
    if os.path.exists(KNOWN_FAILURES):
        with open(KNOWN_FAILURES, encoding="utf-8") as f:
            known = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    if args.limit:
        checked = {os.path.relpath(f, stdlib) for f in files}
        known = {k for k in known if k.split(" ", 1)[1] in checked}
    if args.update_known and not args.limit:
        with open(KNOWN_FAILURES, "w", encoding="utf-8") as f:
            f.write("# stdlib files whose Krait output still differs from CPython's (view, path);\n"
                    "# written by tests/stdlib_parity.py --update-known. It must only shrink.\n")
            f.writelines(line + "\n" for line in sorted(failing))
        known = failing
    regressions = sorted(failing - known)
    fixed = sorted(known - failing)
    for line in regressions if not args.verbose else sorted(failing):
        print("FAIL " + line + ("" if line in regressions else " (known)"))
    if fixed:
        print("%d known failures now pass: run with --update-known to shrink the list" % len(fixed))
    total = sum(1 for r in results for v in VIEWS if r[v] is not None)
    # Known failures count as skipped (expected to fail), not as passed.
    print("%d passed, %d failed, %d skipped" % (total - len(failing), len(regressions), len(failing & known)))
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
