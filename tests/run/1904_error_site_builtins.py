# copyright, credits, license and help as site.py makes them, and breakpoint().
import builtins
import sys

for name in ("copyright", "credits", "license", "help"):
    value = getattr(builtins, name)
    print(name, type(value).__module__, type(value).__name__)
print(repr(credits))
print(repr(license))
print(repr(help))
print(repr(copyright) == sys.copyright)


def hook(*args, **kwargs):
    print("hook", args, sorted(kwargs.items()))
    return "result"


sys.breakpointhook = hook
print(breakpoint(1, 2, key="value"))
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
breakpoint()
