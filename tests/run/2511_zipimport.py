# A zip archive on sys.path: the import statement hands it to importlib,
# whose zipimporter (first of sys.path_hooks, as CPython installs it) loads
# modules and packages from it.
import os
import shutil
import sys
import tempfile
import zipfile

directory = tempfile.mkdtemp()
archive = os.path.join(directory, "lib.zip")
with zipfile.ZipFile(archive, "w") as z:
    for name, text in [("zmod.py", "def hi():\n    return 'hi from ' + __name__\n"),
                       ("zpkg/__init__.py", "from . import sub\n"),
                       ("zpkg/sub.py", "X = 'sub in zip'\n"),
                       ("zpkg/data.txt", "zipped data\n")]:
        z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), text)
sys.path.insert(0, archive)
import zmod
print(zmod.hi(), type(zmod.__loader__).__name__, zmod.__file__ == os.path.join(archive, "zmod.py"))
import zpkg
print(zpkg.sub.X, zpkg.__path__ == [os.path.join(archive, "zpkg")], zpkg.__spec__.name)
import pkgutil
print(pkgutil.get_data("zpkg", "data.txt"))
print(sorted(info.name for info in pkgutil.iter_modules(zpkg.__path__)))
try:
    import zmissing
except ModuleNotFoundError as error:
    print("ModuleNotFoundError", error)
import colorsys  # found after the archive, in the standard library
print(colorsys.__name__, type(colorsys.__loader__).__name__)
print(sys.path_hooks[0].__name__, sys.path_hooks[-1].__name__)
shutil.rmtree(directory)
