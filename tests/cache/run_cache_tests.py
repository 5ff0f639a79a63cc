#!/usr/bin/env python3
"""Acceptance tests of the bytecode cache (issue 6):
`python3 tests/cache/run_cache_tests.py [--krait PATH] [--racers N]`.

Each test builds a small program in a fresh temporary directory, runs Krait
on it (with -v, whose trace says whether the source was compiled or the
cache used) and checks the output, the trace and the __pycache__ files.
Ends with `N passed, N failed`, exit status 1 on a failure."""
import argparse
import concurrent.futures
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COMPILED = "# source compiled"
LOADED = "# code object from"
TAG = "krait-311"

MAIN = "import mod\nprint('main', mod.value(), mod.NAME)\n"
MOD_A = "NAME = 'first'\ndef value():\n    return sum(x * 2 for x in {1, 2, 3})\n"
MOD_B = "NAME = 'other'\ndef value():\n    return sum(x * 3 for x in {1, 2, 3})\n"   # same size as MOD_A
MOD_C = "NAME = 'third, longer'\ndef value():\n    return 42\n"


class Context:
    def __init__(self, krait):
        self.krait = krait
        self.directory = tempfile.mkdtemp(prefix="krait-cache-test-")
        self.env = dict(os.environ)
        for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONVERBOSE", "SOURCE_DATE_EPOCH"):
            self.env.pop(name, None)

    def path(self, *parts):
        return os.path.join(self.directory, *parts)

    def write(self, name, text, mtime=None):
        with open(self.path(name), "w") as f:
            f.write(text)
        if mtime is not None:
            os.utime(self.path(name), (mtime, mtime))

    def cache(self, name):
        return self.path("__pycache__", "%s.%s.pyc" % (name, TAG))

    def run(self, *args, env=None, verbose=True):
        command = [self.krait] + (["-v"] if verbose else []) + list(args)
        proc = subprocess.run(command, cwd=self.directory, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=dict(self.env, **(env or {})), timeout=60)
        return proc.returncode, proc.stdout.decode(), proc.stderr.decode()

    def trace(self, stderr, source):
        """'compiled' or 'loaded' for the source file's module (by -v's trace)."""
        full = self.path(source)
        compiled = any(line.startswith(COMPILED) and full in line for line in stderr.splitlines())
        cache = "/" + os.path.basename(source).replace(".py", "." + TAG)
        loaded = any(line.startswith(LOADED) and cache in line for line in stderr.splitlines())
        return "compiled" if compiled and not loaded else "loaded" if loaded and not compiled else "both/neither"

    def close(self):
        for root, directories, _ in os.walk(self.directory):
            for name in directories:
                os.chmod(os.path.join(root, name), 0o755)
        shutil.rmtree(self.directory, ignore_errors=True)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_run(ctx, expected_stdout, states, *args, env=None):
    status, out, err = ctx.run(*(args or ("main.py",)), env=env)
    check(status == 0, "exit %d: %s" % (status, err[-500:]))
    check(out == expected_stdout, "stdout %r, expected %r" % (out, expected_stdout))
    for source, state in states.items():
        got = ctx.trace(err, source)
        check(got == state, "%s was %s, expected %s\n%s" % (source, got, state, err))
    return err


def setup(ctx, module=MOD_A, mtime=None):
    ctx.write("main.py", MAIN)
    ctx.write("mod.py", module, mtime)


FIRST = "main 12 first\n"
OTHER = "main 18 other\n"
THIRD = "main 42 third, longer\n"


def test_written_then_reused(ctx):
    setup(ctx)
    err = expect_run(ctx, FIRST, {"main.py": "compiled", "mod.py": "compiled"})
    check("# created '%s'" % ctx.cache("mod") in err, "no 'created' trace")
    check(os.path.exists(ctx.cache("mod")) and os.path.exists(ctx.cache("main")), "cache files missing")
    # Unchanged: neither the tokenizer, the parser nor the compiler runs.
    err = expect_run(ctx, FIRST, {"main.py": "loaded", "mod.py": "loaded"})
    check(COMPILED not in err, "something was compiled:\n" + err)


def test_rewritten_when_source_changes(ctx):
    setup(ctx)
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    before = os.stat(ctx.cache("mod")).st_mtime_ns
    ctx.write("mod.py", MOD_C)
    expect_run(ctx, THIRD, {"mod.py": "compiled", "main.py": "loaded"})
    check(os.stat(ctx.cache("mod")).st_mtime_ns != before, "cache not rewritten")
    expect_run(ctx, THIRD, {"mod.py": "loaded"})


def test_same_size_only_mtime_changes(ctx):
    setup(ctx, MOD_A, mtime=1_600_000_000)
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    # The same size, and only the modification time tells the change.
    ctx.write("mod.py", MOD_B, mtime=1_600_000_001)
    expect_run(ctx, OTHER, {"mod.py": "compiled"})
    # Only the time changes (touch): recompiled too, same result.
    os.utime(ctx.path("mod.py"), (1_600_000_002, 1_600_000_002))
    expect_run(ctx, OTHER, {"mod.py": "compiled"})
    expect_run(ctx, OTHER, {"mod.py": "loaded"})


def test_hash_based(ctx):
    setup(ctx, MOD_A, mtime=1_600_000_000)
    status, _, err = ctx.run("-m", "py_compile", "mod.py", env={"SOURCE_DATE_EPOCH": "1"})
    check(status == 0, err)
    expect_run(ctx, FIRST, {"mod.py": "loaded"})
    # Checked hash: a content change is seen even with size and time kept.
    ctx.write("mod.py", MOD_B, mtime=1_600_000_000)
    err = expect_run(ctx, OTHER, {"mod.py": "compiled"})
    check("hash in bytecode doesn't match" in err, err)
    # The rewrite stays hash-based: a touch alone does not invalidate it.
    os.utime(ctx.path("mod.py"), (1_700_000_000, 1_700_000_000))
    expect_run(ctx, OTHER, {"mod.py": "loaded"})
    # Unchecked hash: only --check-hash-based-pycs always looks.
    status, _, err = ctx.run("-c", "import py_compile; py_compile.compile('mod.py', invalidation_mode=3)")
    check(status == 0, err)
    ctx.write("mod.py", MOD_A, mtime=1_600_000_000)
    expect_run(ctx, OTHER, {"mod.py": "loaded"})
    expect_run(ctx, OTHER, {"mod.py": "loaded"}, "--check-hash-based-pycs", "never", "main.py")
    expect_run(ctx, FIRST, {"mod.py": "compiled"}, "--check-hash-based-pycs", "always", "main.py")


def damaged_cache_falls_back(ctx, damage):
    setup(ctx)
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    with open(ctx.cache("mod"), "rb") as f:
        data = f.read()
    with open(ctx.cache("mod"), "wb") as f:
        f.write(damage(data))
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    expect_run(ctx, FIRST, {"mod.py": "loaded"})  # rewritten


def test_truncated(ctx):
    damaged_cache_falls_back(ctx, lambda data: data[: len(data) // 2])


def test_truncated_header(ctx):
    damaged_cache_falls_back(ctx, lambda data: data[:20])


def test_zero_length(ctx):
    damaged_cache_falls_back(ctx, lambda data: b"")


def test_garbage(ctx):
    damaged_cache_falls_back(ctx, lambda data: os.urandom(len(data)))


def test_garbage_after_valid_header(ctx):
    damaged_cache_falls_back(ctx, lambda data: data[:40] + os.urandom(len(data) - 40))


def test_wrong_magic(ctx):
    damaged_cache_falls_back(ctx, lambda data: bytes([data[0] ^ 0xFF]) + data[1:])


def test_cpython_pyc_is_foreign(ctx):
    setup(ctx)
    subprocess.run([sys.executable, "-m", "py_compile", "mod.py"], cwd=ctx.directory, check=True)
    cpython = ctx.path("__pycache__", "mod.cpython-311.pyc")
    check(os.path.exists(cpython), "CPython wrote no cache")
    shutil.copy(cpython, ctx.cache("mod"))
    expect_run(ctx, FIRST, {"mod.py": "compiled"})


def test_unwritable_directory(ctx):
    setup(ctx)
    # A file where the __pycache__ directory should be: nothing can be written.
    with open(ctx.path("__pycache__"), "w") as f:
        f.write("not a directory")
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    os.remove(ctx.path("__pycache__"))
    # A read-only directory (effective only when not running as root).
    os.chmod(ctx.directory, stat.S_IRUSR | stat.S_IXUSR)
    try:
        expect_run(ctx, FIRST, {"mod.py": "compiled"})
        if os.geteuid() != 0:
            check(not os.path.exists(ctx.path("__pycache__")), "wrote into a read-only directory")
    finally:
        os.chmod(ctx.directory, 0o755)
    # A read-only file system.
    expect_run(ctx, FIRST, {"mod.py": "compiled"}, env={"PYTHONPYCACHEPREFIX": "/proc/krait-cache"})


def test_dont_write_bytecode(ctx):
    setup(ctx)
    expect_run(ctx, FIRST, {"mod.py": "compiled"}, "-B", "main.py")
    check(not os.path.exists(ctx.path("__pycache__")), "-B wrote a cache")
    expect_run(ctx, FIRST, {"mod.py": "compiled"}, env={"PYTHONDONTWRITEBYTECODE": "1"})
    check(not os.path.exists(ctx.path("__pycache__")), "PYTHONDONTWRITEBYTECODE wrote a cache")
    status, out, _ = ctx.run("-B", "-c", "import sys; print(sys.dont_write_bytecode)")
    check(out == "True\n", out)
    # -B still reads an existing cache.
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    expect_run(ctx, FIRST, {"mod.py": "loaded"}, "-B", "main.py")


def test_pycache_prefix(ctx):
    setup(ctx)
    prefix = ctx.path("prefix")
    expect_run(ctx, FIRST, {"mod.py": "compiled"}, env={"PYTHONPYCACHEPREFIX": prefix})
    moved = prefix + ctx.path("mod.%s.pyc" % TAG)
    check(os.path.exists(moved), "no cache at " + moved)
    check(not os.path.exists(ctx.path("__pycache__")), "__pycache__ written despite the prefix")
    err = expect_run(ctx, FIRST, {"mod.py": "loaded"}, env={"PYTHONPYCACHEPREFIX": prefix})
    status, out, _ = ctx.run("-c", "import sys, mod; print(sys.pycache_prefix == %r, mod.__cached__ == %r)" % (prefix, moved),
                             env={"PYTHONPYCACHEPREFIX": prefix})
    check(out == "True True\n", out)


def test_optimized_cache_is_separate(ctx):
    setup(ctx)
    expect_run(ctx, FIRST, {"mod.py": "compiled"}, "-O", "main.py")
    check(os.path.exists(ctx.path("__pycache__", "mod.%s.opt-1.pyc" % TAG)), "no opt-1 cache")
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    expect_run(ctx, FIRST, {"mod.py": "loaded"}, "-O", "main.py")


def test_run_cache_file(ctx):
    setup(ctx)
    expect_run(ctx, FIRST, {"mod.py": "compiled"})
    shutil.copy(ctx.cache("main"), ctx.path("program.pyc"))
    status, out, err = ctx.run("program.pyc")
    check(status == 0 and out == FIRST, (status, out, err))
    ctx.write("bad.pyc", "this is no cache file\n")
    status, out, err = ctx.run("bad.pyc", verbose=False)
    check(status == 1 and err.strip().endswith("RuntimeError: Bad magic number in .pyc file"), err)


def test_py_compile_and_compileall(ctx):
    setup(ctx)
    os.mkdir(ctx.path("package"))
    ctx.write(os.path.join("package", "__init__.py"), "from . import leaf\n")
    ctx.write(os.path.join("package", "leaf.py"), "LEAF = 1\n")
    ctx.write("broken.py", "def f(:\n")
    status, out, err = ctx.run("-m", "py_compile", "mod.py", "broken.py", verbose=False)
    check(status == 1 and "SyntaxError" in err and os.path.exists(ctx.cache("mod")), (status, out, err))
    os.remove(ctx.path("broken.py"))
    status, out, err = ctx.run("-m", "compileall", "-q", ".", verbose=False)
    check(status == 0, (status, out, err))
    for cache in (ctx.cache("main"), ctx.path("package", "__pycache__", "leaf.%s.pyc" % TAG)):
        check(os.path.exists(cache), "compileall wrote no " + cache)
    status, out, err = ctx.run("-c", "import package; print(package.leaf.LEAF)")
    check(out == "1\n" and ctx.trace(err, os.path.join("package", "leaf.py")) == "loaded", err)
    status, out, err = ctx.run("-m", "compileall", ".", verbose=False)
    check("Listing '.'..." in out and "Compiling" not in out, out)  # all current


def test_package_and_dunders(ctx):
    os.makedirs(ctx.path("pkg", "sub"))
    ctx.write(os.path.join("pkg", "__init__.py"), "")
    ctx.write(os.path.join("pkg", "sub", "__init__.py"), "")
    ctx.write(os.path.join("pkg", "sub", "leaf.py"), "X = 7\n")
    ctx.write("main.py", "import pkg.sub.leaf as d\nprint(d.X, d.__cached__, d.__spec__.cached == d.__cached__)\n")
    expected = "7 %s True\n" % ctx.path("pkg", "sub", "__pycache__", "leaf.%s.pyc" % TAG)
    expect_run(ctx, expected, {os.path.join("pkg", "sub", "leaf.py"): "compiled"})
    expect_run(ctx, expected, {os.path.join("pkg", "sub", "leaf.py"): "loaded"})


def test_future_annotations(ctx):
    # The annotations' texts are constants of the cache, and CO_FUTURE_ANNOTATIONS
    # in co_flags survives it (exec() in the loaded module still inherits it).
    ctx.write("ann.py", "from __future__ import annotations\n"
                        "x: list[Later] = 1\n"
                        "def f(a: 1 .real, *b: *Ts) -> f'{a!r:>{w}}': pass\n"
                        "exec('def g(c: Undefined): pass')\n")
    ctx.write("main.py", "import ann\nprint(ann.__annotations__, ann.f.__annotations__, ann.g.__annotations__,\n"
                         "      ann.f.__code__.co_flags & 0x1000000)\n")
    expected = ("{'x': 'list[Later]'} {'a': '1 .real', 'b': '*Ts', 'return': \"f'{a!r:>{w}}'\"} "
                "{'c': 'Undefined'} 16777216\n")
    expect_run(ctx, expected, {"ann.py": "compiled"})
    expect_run(ctx, expected, {"ann.py": "loaded"})


def test_syntax_warning_not_cached(ctx):
    ctx.write("main.py", "x = 1 if 1else 2\nprint(x)\n")
    for _ in range(2):
        status, out, err = ctx.run("main.py", verbose=False)
        check(out == "1\n" and "SyntaxWarning" in err, err)


def test_run_module(ctx):
    setup(ctx)
    os.mkdir(ctx.path("pkg"))
    ctx.write(os.path.join("pkg", "__init__.py"), "")
    ctx.write(os.path.join("pkg", "__main__.py"), "import sys\nprint(__name__, __package__, __spec__.name, sys.argv[1:])\n")
    os.mkdir(ctx.path("plain"))
    ctx.write(os.path.join("plain", "__init__.py"), "")
    for _ in range(2):  # compiled, then from the cache
        status, out, err = ctx.run("-m", "pkg", "x", verbose=False)
        check(status == 0 and out == "__main__ pkg pkg.__main__ ['x']\n", (status, out, err))
    status, out, err = ctx.run("-m", "main", verbose=False)
    check(status == 0 and out == FIRST, (status, out, err))
    for module, message in (("nosuch", "No module named nosuch"),
                            ("plain", "No module named plain.__main__; 'plain' is a package and cannot be directly executed"),
                            ("sys", "No code object available for sys")):
        status, out, err = ctx.run("-m", module, verbose=False)
        check(status == 1 and err == "krait: %s\n" % message, (module, status, err))


# A main program whose imports go through CPython's importlib (a path hook
# added makes the import statement call importlib._bootstrap._find_and_load,
# whose SourceFileLoader reads and writes the cache through marshal).
IMPORTLIB_MAIN = ("import sys, importlib.machinery as m\n"
                  "sys.path_hooks.insert(0, m.FileFinder.path_hook((m.SourceFileLoader, ['.py'])))\n"
                  "sys.path_importer_cache.clear()\n" + MAIN)


def via_importlib(ctx, expected_stdout, state):
    # importlib's -v trace: "code object from SOURCE" when it compiled,
    # "code object from 'CACHE'" when it read the cache.
    status, out, err = ctx.run("via_importlib.py")
    check(status == 0 and out == expected_stdout, (status, out, err[-500:]))
    compiled = "# code object from %s\n" % ctx.path("mod.py") in err
    loaded = "# code object from '%s'\n" % ctx.cache("mod") in err
    got = "compiled" if compiled and not loaded else "loaded" if loaded and not compiled else "both/neither"
    check(got == state, "mod.py was %s via importlib, expected %s\n%s" % (got, state, err))
    return err


def test_importlib_shares_cache(ctx):
    # importlib writes the cache, the native import reads it; then the
    # native import rewrites it and importlib reads that.
    setup(ctx, MOD_A, mtime=1_600_000_000)
    ctx.write("via_importlib.py", IMPORTLIB_MAIN)
    err = via_importlib(ctx, FIRST, "compiled")
    check("# created '%s'" % ctx.cache("mod") in err, err)
    expect_run(ctx, FIRST, {"mod.py": "loaded"})
    ctx.write("mod.py", MOD_B, mtime=1_600_000_001)
    expect_run(ctx, OTHER, {"mod.py": "compiled"})
    via_importlib(ctx, OTHER, "loaded")
    # A stale cache is seen by both.
    ctx.write("mod.py", MOD_C)
    via_importlib(ctx, THIRD, "compiled")
    expect_run(ctx, THIRD, {"mod.py": "loaded"})


def test_importtime(ctx):
    # -X importtime: CPython's header, then one line per import, nested
    # imports indented under the one that caused them, after it.
    setup(ctx)
    ctx.write("inner.py", "X = 1\n")
    ctx.write("outer.py", "import inner\n")
    status, out, err = ctx.run("-X", "importtime", "-c", "import outer, outer", verbose=False)
    check(status == 0, err)
    lines = err.splitlines()
    check(lines[0] == "import time: self [us] | cumulative | imported package", lines[:1])
    pattern = re.compile(r"^import time: +(\d+) \| +(\d+) \| ( *)(\S+)$")
    parsed = [pattern.match(line) for line in lines[1:]]
    check(all(parsed), err)
    names = [(len(match.group(3)), match.group(4)) for match in parsed]
    check(names[-2:] == [(2, "inner"), (0, "outer")], names)
    inner, outer = parsed[-2], parsed[-1]
    check(int(outer.group(2)) >= int(inner.group(2)) and int(outer.group(1)) <= int(outer.group(2)), err)
    status, out, err = ctx.run("-c", "import outer", env={"PYTHONPROFILEIMPORTTIME": "1"}, verbose=False)
    check(status == 0 and err.splitlines()[-1].endswith("| outer"), err)


def race(ctx, racers, args):
    def one(_):
        return ctx.run(*args, verbose=False)
    with concurrent.futures.ThreadPoolExecutor(max_workers=racers) as pool:
        return list(pool.map(one, range(racers)))


def test_concurrent_runs(ctx, racers):
    # Many processes start at once with no cache, then with a stale one:
    # each compiles and writes, and every one must run correctly.
    setup(ctx, MOD_A)
    big = "".join("def f%d(a, b=%d):\n    return [a * i for i in range(b)]\n" % (i, i) for i in range(400))
    ctx.write("mod.py", MOD_A + big)
    for source, expected in ((MOD_A, FIRST), (MOD_B, OTHER), (MOD_C, THIRD)):
        ctx.write("mod.py", source + big)
        results = race(ctx, racers, ["main.py"])
        bad = [r for r in results if r[0] != 0 or r[1] != expected]
        check(not bad, "%d of %d runs failed, first: %r" % (len(bad), racers, bad[:1]))
        leftovers = [n for n in os.listdir(ctx.path("__pycache__")) if n.endswith(".tmp")]
        check(not leftovers, "temporary files left: %r" % leftovers)
        expect_run(ctx, expected, {"mod.py": "loaded"})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    parser.add_argument("--racers", type=int, default=200)
    parser.add_argument("tests", nargs="*")
    args = parser.parse_args()
    krait = os.path.abspath(args.krait)
    tests = [(name, value) for name, value in sorted(globals().items()) if name.startswith("test_")]
    failed = 0
    for name, function in tests:
        if args.tests and name not in args.tests:
            continue
        ctx = Context(krait)
        started = time.time()
        try:
            if name == "test_concurrent_runs":
                function(ctx, args.racers)
            else:
                function(ctx)
            print("ok   %s (%.1fs)" % (name, time.time() - started))
        except Exception as error:  # noqa: BLE001 - report every failure
            failed += 1
            print("FAIL %s: %s" % (name, error))
        finally:
            ctx.close()
    ran = len([t for t in tests if not args.tests or t[0] in args.tests])
    print("%d passed, %d failed" % (ran - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
