# importlib.resources, pkgutil and runpy over packages the import
# statement loaded.
import importlib.resources
import os
import pkgutil
import runpy
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
directory = tempfile.mkdtemp()
package = os.path.join(directory, "respkg")
os.makedirs(os.path.join(package, "data"))
with open(os.path.join(package, "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(package, "tool.py"), "w") as f:
    f.write("import sys\nRESULT = 'tool ran as ' + __name__\nif __name__ == '__main__':\n    print('main of', __spec__.name if __spec__ else None)\n")
with open(os.path.join(package, "data", "greeting.txt"), "w") as f:
    f.write("hello resources\n")
with open(os.path.join(package, "data", "blob.bin"), "wb") as f:
    f.write(b"\x00\x01\x02")
os.makedirs(os.path.join(package, "sub"))
with open(os.path.join(package, "sub", "__init__.py"), "w") as f:
    f.write("")
sys.path.insert(0, directory)

import respkg
files = importlib.resources.files(respkg)
print(type(files).__name__, files.name)
print(files.joinpath("data").joinpath("greeting.txt").read_text(), end="")
print((files / "data" / "blob.bin").read_bytes())
print(sorted(entry.name for entry in files.iterdir() if not entry.name.startswith("__")))
print(importlib.resources.files("respkg").joinpath("data/greeting.txt").is_file())
with importlib.resources.as_file(files / "data" / "greeting.txt") as real:
    print(os.path.basename(real), os.path.exists(real))

print(pkgutil.get_data("respkg", "data/greeting.txt"))
print(sorted((info.name, info.ispkg) for info in pkgutil.iter_modules(respkg.__path__)))
print(sorted(info.name for info in pkgutil.iter_modules([directory]) if info.name == "respkg"))
print(sorted(info.name for info in pkgutil.walk_packages(respkg.__path__, "respkg.")))
print(pkgutil.resolve_name("respkg.tool:RESULT"))

del sys.modules["respkg.tool"]  # (else runpy warns that it is there already)
namespace = runpy.run_module("respkg.tool")
print(namespace["RESULT"], namespace["__name__"])
del sys.modules["respkg.tool"]  # (else runpy warns that it is there already)
namespace = runpy.run_module("respkg.tool", run_name="__main__")
print(namespace["RESULT"])
namespace = runpy.run_path(os.path.join(package, "tool.py"), run_name="as_path")
print(namespace["RESULT"], namespace["__file__"] == os.path.join(package, "tool.py"))

shutil.rmtree(directory)
