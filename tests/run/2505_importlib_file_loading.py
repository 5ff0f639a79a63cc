# Loading modules from files through importlib: spec_from_file_location,
# module_from_spec and exec_module; SourceFileLoader.load_module; reload;
# the cache importlib writes is the one the import statement reads.
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import tempfile
import warnings

sys.dont_write_bytecode = False  # (the test environment may set PYTHONDONTWRITEBYTECODE)
directory = tempfile.mkdtemp()
path = os.path.join(directory, "plugin.py")
with open(path, "w") as f:
    f.write("COUNT = 1\ndef double(x):\n    return 2 * x\n")

spec = importlib.util.spec_from_file_location("plugin", path)
print(spec.name, spec.origin == path, type(spec.loader).__name__, spec.has_location)
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__ == path, module.__spec__ is spec, "COUNT" in dir(module))
spec.loader.exec_module(module)
print(module.COUNT, module.double(21), module.double.__code__.co_filename == path)
cache = importlib.util.cache_from_source(path)
print(os.path.exists(cache), os.path.basename(cache).replace(sys.implementation.cache_tag, "TAG"))
with open(cache, "rb") as f:
    header = f.read(16)
print(header[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(header[4:8], "little"))
print(int.from_bytes(header[12:16], "little") == os.path.getsize(path))

# The import statement reads that cache (and the loader reads it back).
sys.path.insert(0, directory)
import plugin
print(plugin.double(5), plugin is not module, type(plugin.__loader__).__name__)
code = plugin.__loader__.get_code("plugin")
print(type(code).__name__, code.co_filename == path)

# load_module (deprecated) puts the module in sys.modules.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    other = importlib.machinery.SourceFileLoader("plugin_copy", path).load_module()
print(other.__name__, sys.modules["plugin_copy"] is other, other.COUNT)

# reload runs the changed source in the same module object.
with open(path, "w") as f:
    f.write("COUNT = 2\ndef double(x):\n    return 2 * x + 1000\n")
os.utime(path, (1_700_000_000, 1_700_000_000))
reloaded = importlib.reload(plugin)
print(reloaded is plugin, plugin.COUNT, plugin.double(1))
import plugin as again
print(again is plugin)

# A package: submodule_search_locations, and a sourceless .pyc loader.
package = os.path.join(directory, "pkgdemo")
os.mkdir(package)
with open(os.path.join(package, "__init__.py"), "w") as f:
    f.write("from .part import PART\n")
with open(os.path.join(package, "part.py"), "w") as f:
    f.write("PART = 'part'\n")
spec = importlib.util.spec_from_file_location("pkgdemo", os.path.join(package, "__init__.py"))
print(spec.submodule_search_locations == [package], spec.parent)
import pkgdemo
print(pkgdemo.PART, pkgdemo.__path__ == [package], pkgdemo.__spec__.submodule_search_locations == [package])
print(importlib.util.find_spec("pkgdemo.part").origin == os.path.join(package, "part.py"))

try:
    importlib.import_module("pkgdemo.missing")
except ModuleNotFoundError as error:
    print("ModuleNotFoundError", error, error.name)
try:
    importlib.reload(os.path)
except Exception as error:
    print(type(error).__name__)
else:
    print("reloaded posixpath")
try:
    importlib.reload("not a module")
except TypeError as error:
    print("TypeError", error)
import shutil
shutil.rmtree(directory)
