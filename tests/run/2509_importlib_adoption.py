# Modules imported before importlib is set up get its specs and loaders
# when it is; sys.meta_path appears when first asked for; later imports get
# importlib's specs straight away.
import sys
import colorsys

print(type(colorsys.__spec__).__name__, colorsys.__spec__.name, colorsys.__spec__.origin == colorsys.__file__)
print(sys.meta_path[-1].__name__, sys.path_hooks[-1].__name__, type(sys.path_importer_cache).__name__)
print(type(colorsys.__loader__).__name__, colorsys.__spec__.loader is colorsys.__loader__)
print(colorsys.__spec__.cached == colorsys.__cached__, colorsys.__spec__.has_location)
import importlib
print(importlib.reload(colorsys) is colorsys, colorsys.rgb_to_hsv(1, 0, 0))
print(sys.modules["_frozen_importlib"] is importlib._bootstrap)
print(sys.modules["_frozen_importlib_external"] is importlib._bootstrap_external)
print(importlib._bootstrap.__name__, importlib._bootstrap.__package__)

import errno
print(repr(errno.__spec__), errno.__loader__)
import _imp
print(repr(_imp.__spec__))
import html
print(type(html.__spec__).__name__, type(html.__loader__).__name__, html.__spec__.parent, html.__package__)
print(html.__spec__.submodule_search_locations == html.__path__)
import html.entities
print(html.entities.__spec__.parent, html.entities.__spec__.submodule_search_locations)

import os
import tempfile
directory = tempfile.mkdtemp()
os.makedirs(os.path.join(directory, "nspkg", "inner"))
with open(os.path.join(directory, "nspkg", "inner", "leaf.py"), "w") as f:
    f.write("LEAF = 'leaf'\n")
sys.path.insert(0, directory)
import nspkg.inner.leaf
print(nspkg.inner.leaf.LEAF, nspkg.__spec__.origin, nspkg.__file__, type(nspkg.__loader__).__name__)
print(list(nspkg.__path__) == [os.path.join(directory, "nspkg")], nspkg.__spec__.name)
import shutil
shutil.rmtree(directory)
