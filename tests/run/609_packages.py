# Packages: __init__.py, __path__, submodules as attributes, relative imports.
import sys
import imported_package

here = __file__.rpartition("/")[0]
print(imported_package.__name__, imported_package.__package__)
print([path.replace(here, "<here>") for path in imported_package.__path__])
print(imported_package.__file__.replace(here, "<here>"))
print(imported_package.sibling.shared, imported_package.shared_name)
print("imported_package.sub" in sys.modules, "sub" in imported_package.__dict__)
from imported_package import sub
print(sub.__name__, sub.__package__, sub.where(), sub.sibling is imported_package.sibling)
print(imported_package.sub is sub, sub.leaf.leaf_value, sub.leaf.parent_sibling.shared)
from imported_package.sub import leaf as the_leaf
print(the_leaf is sub.leaf, the_leaf.__package__)
from imported_package import sibling, sub as same_sub
print(sibling.where(), same_sub is sub)
try:
    from imported_package import nonexistent
except ImportError as error:
    print(type(error).__name__, str(error).replace(here, "<here>"), error.name)
try:
    import imported_package.beyond
except ImportError as error:
    print(type(error).__name__, error, "imported_package.beyond" in sys.modules)
try:
    import imported_package.nothing_here
except ModuleNotFoundError as error:
    print(error, error.name)
try:
    import imported_basic.child
except ModuleNotFoundError as error:
    print(error, error.name)
