"""A package: a directory with __init__.py."""
print("imported_package runs:", __name__, __package__)
from . import sibling
from .sibling import shared as shared_name
package_value = "package value"
