#!/usr/bin/env python3
"""Feeds random mutations of the test programs to Krait (compile and run)
for a while and reports crashes and hangs: a signal other than SIGINT, a
sanitizer report, or a timeout where CPython finishes in time.

`python3 scripts/fuzz_programs.py [--krait build/krait] [--minutes 10] [--seed N]`
Failing inputs are kept in --out (default /tmp/krait-fuzz).
"""
import argparse
import glob
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 5
PIECES = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "*", "**", "/", "%", "@", "lambda", "yield",
          "await", "async ", "not ", " if ", " else ", " for ", " in ", "return", "raise", "try:", "except",
          "finally:", "with ", "as ", "del ", "global x", "nonlocal x", "class C:", "def f():", "\n", "\t", "    ",
          "'", '"', '"""', "f'{", "}'", "\\", "#", "0x", "1e", "1j", "None", "__debug__", "*a", "**k", "..."]


def mutate(rng, text):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(7)
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        if choice == 0:
            del lines[i]
        elif choice == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif choice == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif choice == 3:
            line = lines[i]
            k = rng.randint(0, len(line))
            lines[i] = line[:k] + rng.choice(PIECES) + line[k:]
        elif choice == 4:
            line = lines[i]
            if line:
                k = rng.randrange(len(line))
                lines[i] = line[:k] + line[k + rng.randint(1, 4):]
        elif choice == 5:
            lines = lines[:i]
        else:
            line = lines[i]
            k = rng.randint(0, len(line))
            lines[i] = line[:k] + chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000)])) + line[k:]
    return "\n".join(lines)


def run(command, path):
    try:
        proc = subprocess.run(command + [path], capture_output=True, timeout=TIMEOUT, cwd=os.path.dirname(path),
                              env=dict(os.environ, PYTHONHASHSEED="0"))
        return proc.returncode, proc.stderr
    except subprocess.TimeoutExpired:
        return None, b""


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    arguments.add_argument("--minutes", type=float, default=10)
    arguments.add_argument("--seed", type=int, default=None)
    arguments.add_argument("--out", default="/tmp/krait-fuzz")
    options = arguments.parse_args()
    seed = options.seed if options.seed is not None else int(time.time())
    rng = random.Random(seed)
    krait = os.path.abspath(options.krait)
    corpus = []
    for pattern in ("tests/run/*.py", "tests/tracebacks/*.py", "tests/syntax_errors/*.py", "examples/*.py"):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(path, encoding="utf-8", errors="replace") as f:
                corpus.append(f.read())
    os.makedirs(options.out, exist_ok=True)
    deadline = time.time() + options.minutes * 60
    runs = failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "fuzzed.py")
        while time.time() < deadline:
            text = mutate(rng, rng.choice(corpus))
            with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(text)
            status, stderr = run([krait], path)
            runs += 1
            problem = None
            if status is None:
                if run([sys.executable], path)[0] is not None:
                    problem = "hang"
            elif status < 0 and status != -signal.SIGINT:
                problem = "signal %d" % -status
            elif b"Sanitizer" in stderr or b"runtime error:" in stderr:
                problem = "sanitizer"
            if problem:
                failures += 1
                kept = os.path.join(options.out, "failure_%d_%d.py" % (seed, failures))
                with open(kept, "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(text)
                print("%s: %s" % (problem, kept), flush=True)
    print("seed %d: %d runs, %d failures" % (seed, runs, failures))
    return 1 if failures else 0


sys.exit(main())
