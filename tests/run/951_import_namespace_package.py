# A directory without __init__.py is a namespace package (PEP 420).
import imported_cache6_ns.inner.part as part
import imported_cache6_ns

print(part.PART, part.__package__, part.__name__)
for module in (imported_cache6_ns, imported_cache6_ns.inner):
    spec = module.__spec__
    print(module.__name__, hasattr(module, "__file__"), spec.origin, spec.has_location, spec.name,
          [p.split("/")[-1] for p in module.__path__], [p.split("/")[-1] for p in spec.submodule_search_locations])
from imported_cache6_ns import inner
print(inner is imported_cache6_ns.inner)
try:
    import imported_cache6_ns.missing
except ModuleNotFoundError as error:
    print(type(error).__name__, error, error.name)
