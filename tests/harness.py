"""Differential test harness shared by tests/regen.py and tests/run.py.

A test is a Python file tests/<area>/<name>.py. Each area lists its views: a
way of running Krait and the CPython 3.11 command it must match. The
expectation of a (test, view) pair is recorded from CPython in
tests/<area>/expected/<name>.<view>.txt and committed.
"""
import concurrent.futures
import os
import subprocess
from dataclasses import dataclass, field

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
DEFAULT_KRAIT = os.path.join(ROOT, "build", "krait")
# Seconds a program may run; a sanitizer build runs several times slower
# (scripts/test.sh --sanitize raises it).
TIMEOUT = int(os.environ.get("KRAIT_TEST_TIMEOUT", "60"))


@dataclass
class View:
    name: str
    krait: list      # Krait's arguments; "{file}" stands for the test file
    cpython: list    # python3's arguments for the same
    stdin: bool = False  # feed the test file on standard input
    # What is compared: "all" (stdout, exit status, stderr's last line),
    # "location" (stdout, exit status, the error's type and `File ..., line N`)
    # or "stderr" (stdout, exit status and the whole stderr, the test's
    # directory left out of paths).
    compare: str = "all"


AREAS = {
    "tokens": [
        View("tokens", ["--tokens", "{file}"], ["-m", "tokenize", "{file}"]),
        View("tokens-exact", ["--tokens", "-e", "{file}"], ["-m", "tokenize", "-e", "{file}"]),
        # tokenize.py reads stdin only without a file name ('-' is a file name to it).
        View("tokens-stdin", ["--tokens"], ["-m", "tokenize"], stdin=True),
    ],
    "ast": [
        View("ast", ["--ast", "{file}"], ["-m", "ast", "{file}"]),
        View("ast-a", ["--ast", "-a", "{file}"], ["-m", "ast", "-a", "{file}"]),
    ],
    # The type and line as `python -m ast` reports them, and the whole
    # SyntaxError display of running the program.
    "syntax_errors": [
        View("ast", ["--ast", "{file}"], ["-m", "ast", "{file}"], compare="location"),
        View("run", ["{file}"], ["{file}"], compare="stderr"),
    ],
    "symtable": [View("symtable", ["--symtable", "{file}"], ["../symtable_view.py", "{file}"])],
    # Running programs: stdout, exit status and the error line.
    "run": [View("run", ["{file}"], ["{file}"])],
    # Programs ending in an uncaught exception: the whole traceback.
    "tracebacks": [View("run", ["{file}"], ["{file}"], compare="stderr")],
    # The other ways to give a program: its text after -c ("{source}"), or
    # standard input with '-' or no argument (sys.argv and sys.path differ).
    "cli": [
        View("command", ["-c", "{source}", "an-argument"], ["-c", "{source}", "an-argument"]),
        View("stdin-dash", ["-", "an-argument"], ["-", "an-argument"], stdin=True),
        View("stdin", [], [], stdin=True),
    ],
}


@dataclass
class Outcome:
    status: int
    stdout: str
    stderr: str
    extra: dict = field(default_factory=dict)


def discover(areas):
    """Yields (area, test file name) for the named areas (all when empty).
    A test is a file NNN_name.py; other .py files (and directories) beside
    the tests are modules and packages that tests import."""
    for area in sorted(areas or AREAS):
        directory = os.path.join(TESTS_DIR, area)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            if name.endswith(".py") and name[:1].isdigit():
                yield area, name


def run(command, area, test, view):
    directory = os.path.join(TESTS_DIR, area)

    def expand(arg):
        if arg == "{source}":
            with open(os.path.join(directory, test), encoding="utf-8") as f:
                return f.read()
        return arg.replace("{file}", test)

    args = [expand(a) for a in command]
    stdin = open(os.path.join(directory, test), "rb") if view.stdin else subprocess.DEVNULL
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONIOENCODING", None)
    try:
        proc = subprocess.run(args, cwd=directory, stdin=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT, env=env)
        stderr = proc.stderr.decode("utf-8", "replace")
        stdout = proc.stdout.decode("utf-8", "replace")
        # Paths relative to the test's folder, wherever the tree is (a
        # traceback may also go to stdout).
        stderr = stderr.replace(directory + os.sep, "")
        stdout = stdout.replace(directory + os.sep, "")
        return Outcome(proc.returncode, stdout, stderr)
    except subprocess.TimeoutExpired:
        return Outcome(-1, "", "timed out after %ds" % TIMEOUT)
    finally:
        if view.stdin:
            stdin.close()


def summary(outcome, view):
    """The fields of an outcome that the view compares."""
    lines = outcome.stderr.rstrip("\n").split("\n") if outcome.stderr else []
    fields = {"exit": str(outcome.status)}
    if view.compare == "location":
        locations = [l.strip() for l in lines if l.strip().startswith('File "')]
        fields["location"] = locations[-1] if locations else ""
        last = lines[-1] if lines else ""
        fields["error"] = last.split(":", 1)[0] if outcome.status else ""
    elif view.compare == "stderr":
        fields["stderr"] = outcome.stderr
    else:
        fields["stderr-last"] = lines[-1] if lines else ""
    return fields


def expected_path(area, test, view):
    return os.path.join(TESTS_DIR, area, "expected", "%s.%s.txt" % (test[:-3], view.name))


def serialize(fields, stdout):
    """One-line fields, then stdout, then the whole stderr if compared."""
    head = "".join("%s: %s\n" % (k, v) for k, v in fields.items() if k != "stderr")
    text = head + "----\n" + stdout
    if "stderr" in fields:
        text += "---- stderr\n" + fields["stderr"]
    return text


def parallel(function, items, workers=None):
    workers = workers or os.cpu_count() or 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, items))
