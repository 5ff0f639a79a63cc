# Module attributes set by the import system: __name__, __package__,
# __file__, __cached__, __path__ and __spec__ (name, origin, parent,
# submodule_search_locations, cached, has_location); `import a.b.c as d`.
import imported_cache6_pkg.sub.leaf as leaf
import imported_cache6_pkg
import imported_cache6_pkg.sub


def tail(path, parts=1):
    return "/".join(path.split("/")[-parts:])


for module in (imported_cache6_pkg, imported_cache6_pkg.sub, leaf):
    spec = module.__spec__
    print(module.__name__, repr(module.__package__), tail(module.__file__, 2))
    print("  cached:", "/__pycache__/" in module.__cached__, module.__cached__.endswith(".pyc"),
          spec.cached == module.__cached__)
    print("  spec:", spec.name, repr(spec.parent), tail(spec.origin, 2), spec.has_location)
    locations = spec.submodule_search_locations
    print("  path:", None if locations is None else [tail(p) for p in locations],
          [tail(p) for p in getattr(module, "__path__", [])])
print(leaf.VALUE, imported_cache6_pkg.LOADS, imported_cache6_pkg.sub.leaf is leaf)
print(__name__, __spec__, __package__)
