# Module objects may change class to and from ModuleType subclasses
# (importlib.util.LazyLoader's _LazyModule relies on it).
import importlib.machinery
import importlib.util
import sys
import types

n = types.ModuleType("nn")
n.y = 1


class Extended(types.ModuleType):
    def extra(self):
        return "extra " + self.__name__


n.__class__ = Extended
print(type(n).__name__, n.y, n.extra(), isinstance(n, types.ModuleType))
n.__class__ = types.ModuleType
print(type(n).__name__, n.y)
for target in (int, object):
    try:
        n.__class__ = target
    except TypeError as error:
        print("TypeError", error)
sys.__class__ = Extended
print(sys.extra())
sys.__class__ = types.ModuleType

spec = importlib.util.find_spec("colorsys")
spec.loader = importlib.util.LazyLoader(spec.loader)
module = importlib.util.module_from_spec(spec)
sys.modules["colorsys"] = module
spec.loader.exec_module(module)
print(type(module).__name__)
print(module.rgb_to_hsv(0, 1, 0), type(module).__name__)
print(callable(importlib.util.LazyLoader.factory(importlib.machinery.SourceFileLoader)))
