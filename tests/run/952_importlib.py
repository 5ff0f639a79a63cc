# importlib.import_module (absolute and relative) and importlib.reload.
import importlib
import sys

leaf = importlib.import_module("imported_cache6_pkg.sub.leaf")
print(leaf.__name__, leaf.VALUE, "imported_cache6_pkg.sub" in sys.modules)
print(importlib.import_module(".leaf", "imported_cache6_pkg.sub") is leaf)
print(importlib.import_module("..sub.leaf", "imported_cache6_pkg.sub") is leaf)
print(importlib.import_module("imported_cache6_pkg").__name__)
again = importlib.reload(leaf)
print(again is leaf, leaf.VALUE, sys.modules["imported_cache6_pkg"].LOADS)
print(importlib.reload(sys) is sys)
for call in (lambda: importlib.import_module(".leaf"),
             lambda: importlib.import_module("nosuch_module_for_952"),
             lambda: importlib.import_module("imported_cache6_pkg.nothing"),
             lambda: importlib.import_module("...too.far", "imported_cache6_pkg"),
             lambda: importlib.import_module(""),
             lambda: importlib.import_module(5),
             lambda: importlib.reload(42)):
    try:
        call()
    except Exception as error:
        print(type(error).__name__ + ":", error)
