# How an uncaught SystemExit ends the process (CPython's
# _Py_HandleSystemExit), and sys.excepthook's part in other exceptions.
import subprocess
import sys

programs = [
    "raise SystemExit",
    "raise SystemExit(3)",
    "raise SystemExit(None)",
    "raise SystemExit('message')",
    "raise SystemExit(True)",
    "raise SystemExit(2**70)",
    "raise SystemExit(2**40 + 5)",
    "raise SystemExit(-1)",
    "raise SystemExit(256)",
    "raise SystemExit(1, 2)",
    "raise SystemExit([1])",
    "class C(int): pass\nraise SystemExit(C(9))",
    "import sys\nsys.stderr = None\nraise SystemExit('to fd 2')",
    "import sys\nsys.excepthook = None\n1/0",
    "import sys\ndel sys.excepthook\n1/0",
    "import sys\nsys.excepthook = lambda *a: print('hook', a[0].__name__, a[1])\nraise KeyError(1)",
    "import sys\ndef hook(*a): raise SystemExit(7)\nsys.excepthook = hook\n1/0",
    "import sys\nsys.excepthook = lambda *a: print('not for SystemExit')\nraise SystemExit(4)",
    "import sys\nprint(sys.excepthook is sys.__excepthook__, sys.__excepthook__)",
]
for program in programs:
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    print(repr(program), result.returncode, repr(result.stdout), repr(result.stderr))
