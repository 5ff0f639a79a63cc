# import and from-import: what each form binds, and that a module runs once.
from __future__ import annotations
import sys
import imported_basic
import imported_basic as renamed
from imported_basic import value, greet as hello
from imported_basic import (Thing,
                            value as value_again)

print(renamed is imported_basic, value, hello("from"), Thing(), value_again)
print(sys.modules["imported_basic"] is imported_basic)
import imported_basic  # already loaded: does not run again
print("still once")


def inside_function():
    import imported_public
    from imported_all import listed as local_name
    return imported_public.alpha, local_name


print(inside_function(), "imported_public" in sys.modules)
try:
    imported_public
except NameError as error:
    print(error)


class Holder:
    import imported_all
    from imported_public import beta


print(Holder.imported_all.listed, Holder.beta)
# Dotted names bind the top package, or with `as` the submodule.
import imported_package.sub.leaf
print(imported_package.sub.leaf.leaf_value, imported_package.package_value)
import imported_package.sub.leaf as leaf
print(leaf is sys.modules["imported_package.sub.leaf"], leaf.__name__)
import imported_package.sibling as sibling, imported_basic as basic_again
print(sibling.where(), basic_again is imported_basic)
# Deleting a module from sys.modules makes the next import run it again.
del sys.modules["imported_basic"]
import imported_basic as fresh
print(fresh is renamed, fresh.value)
# sys.modules may hold any object.
sys.modules["fake_module"] = "a str stands in"
import fake_module
print(fake_module)
import builtins
print(builtins.len is len, builtins.__name__)
import __future__
print(annotations is __future__.annotations, annotations.compiler_flag, "annotations" in __future__.all_feature_names)
