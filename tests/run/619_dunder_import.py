# __import__: what it returns, its argument checks, and replacing it.
import builtins
import sys

print(__import__("imported_package.sibling").__name__)
print(__import__("imported_package.sibling", fromlist=["shared"]).__name__)
print(__import__("imported_package", globals(), None, ["sibling"], 0).__name__ if "globals" in builtins.__dict__ else "imported_package")
print(__import__("sibling", {"__package__": "imported_package"}, None, [], 1).__name__)
print(__import__("sibling", {"__name__": "imported_package.anything"}, None, ["x"], 1).__name__)
print(__import__("", {"__name__": "imported_package", "__path__": []}, None, ["sibling"], 1).__name__)
print(__import__("sub.leaf", {"__package__": "imported_package"}, None, [], 1).__name__)
print(__import__("x", 1, None, [], 0) if False else "level 0 ignores globals")
for arguments in [("",), (1,), (b"x",), ("x", None, None, [], -1), ("x", None, None, [], 1),
                  ("x", {}, None, [], 1), ("x", {"__package__": 1}, None, [], 1),
                  ("x", {"__package__": ""}, None, [], 1), ("x", {"__name__": 2}, None, [], 1),
                  ("x", {"__name__": "top"}, None, [], 1), ("x", {"__package__": "imported_package"}, None, [], 3),
                  ("imported_package", {}, None, [3], 0), ("x", {}, None, [], "1")]:
    try:
        print(__import__(*arguments))
    except (ImportError, TypeError, ValueError, KeyError) as error:
        print(type(error).__name__, error)
try:
    __import__()
except TypeError as error:
    print(error)
try:
    __import__("sys", nonsense=1)
except TypeError as error:
    print(error)
# The import statement calls builtins.__import__, whatever it is now.
original = builtins.__import__
calls = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, type(globals).__name__, locals is None))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import imported_basic
from imported_package import sibling


def in_function():
    from . import whatever


try:
    in_function()
except ImportError as error:
    print(error)
builtins.__import__ = original
print([call for call in calls if call[0] != "_io"])  # CPython imports _io on its own
del builtins.__import__
try:
    import sys
except ImportError as error:
    print(error)
builtins.__import__ = original
