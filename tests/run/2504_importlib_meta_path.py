# A finder added to sys.meta_path sees the imports the import statement
# makes, and its loader's module is what `import` binds, as in CPython.
import importlib.abc
import importlib.util
import sys

log = []


class StringLoader(importlib.abc.Loader):
    def __init__(self, sources):
        self.sources = sources

    def create_module(self, spec):
        return None  # the default module

    def exec_module(self, module):
        log.append(("exec", module.__name__))
        exec(self.sources[module.__name__], module.__dict__)


class StringFinder(importlib.abc.MetaPathFinder):
    def __init__(self, sources):
        self.loader = StringLoader(sources)

    def find_spec(self, name, path, target=None):
        log.append(("find", name, path is None))
        if name in self.loader.sources:
            return importlib.util.spec_from_loader(name, self.loader, is_package=name == "virtual")
        return None


finder = StringFinder({
    "virtual": "VALUE = 42\n",
    "virtual.child": "from . import sibling\nNAME = __name__ + '/' + sibling.NAME\n",
    "virtual.sibling": "NAME = 'sibling'\n",
    "virtual_module": "def hello():\n    return 'hello from ' + __name__\n",
})
sys.meta_path.insert(0, finder)

import virtual_module
print(virtual_module.hello(), virtual_module.__spec__.name, virtual_module.__loader__ is finder.loader)
import virtual.child
print(virtual.VALUE, virtual.child.NAME, virtual.__path__, virtual.child.__package__)
from virtual import sibling
print(sibling.NAME, "virtual.sibling" in sys.modules)
import nturl2path  # the finder is asked first, then the default ones find it
print(nturl2path.__name__)
for entry in log:
    print(entry)

# A finder that refuses a name makes it missing; removed, imports are native again.
class Blocker:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name == "colorsys":
            raise ImportError("blocked " + name)
        return None


sys.meta_path.insert(0, Blocker)
try:
    import colorsys
except ImportError as error:
    print("ImportError", error)
sys.meta_path.remove(Blocker)
sys.meta_path.remove(finder)
import colorsys
print(colorsys.__name__, type(colorsys.__loader__).__name__)
try:
    import virtual_other
except ModuleNotFoundError as error:
    print("ModuleNotFoundError", error)
