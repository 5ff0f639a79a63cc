# CPython's importlib package: util and machinery import, and their
# functions agree with the import statement.
import importlib
import importlib.machinery
import importlib.util
import sys

print(importlib.__name__, importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
print(importlib.util.cache_from_source("/a/b/mod.py").replace(sys.implementation.cache_tag, "TAG"))
print(importlib.util.source_from_cache("/a/b/__pycache__/mod." + sys.implementation.cache_tag + ".pyc"))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.util.resolve_name(".sub", "pkg"), importlib.util.resolve_name("..x", "a.b.c"))
print([finder.__name__ for finder in sys.meta_path if finder.__module__.startswith("_frozen_importlib")])
print([finder for finder in sys.meta_path if finder.__module__.startswith("_frozen_importlib")])
print(type(sys.path_importer_cache).__name__, sys.path_hooks[-1].__name__)

import json
spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, type(spec.loader).__name__, spec.origin.endswith("json/__init__.py"))
print(spec.submodule_search_locations == json.__path__, spec.has_location, spec.cached.endswith(".pyc"))
print(json.__spec__.name, type(json.__loader__).__name__, json.__loader__.is_package("json"))
print(json.__loader__.get_filename("json") == json.__file__)
print("JSONDecodeError" in json.__loader__.get_source("json"))
print(type(json.__loader__.get_code("json")).__name__)

decoder_spec = importlib.util.find_spec("json.decoder")
print(decoder_spec.name, decoder_spec.parent, decoder_spec.submodule_search_locations)
print(importlib.util.find_spec("no_such_module_anywhere"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").loader.__name__)
print(importlib.util.find_spec("_imp").origin)

import collections
print(type(collections.__spec__).__name__, collections.__spec__.origin == collections.__file__)
print(type(collections.__loader__).__name__)
print(importlib.import_module("collections.abc").__name__)
print(importlib.import_module(".abc", "collections") is sys.modules["collections.abc"])
importlib.invalidate_caches()
