# A hook that raises: "Error in sys.excepthook:", its traceback, then the
# original exception's.
import sys


def hook(kind, value, traceback):
    print("hook saw", kind.__name__, value, traceback.tb_lineno, file=sys.stderr)
    raise ValueError("bad hook")


sys.excepthook = hook
{}["missing"]
