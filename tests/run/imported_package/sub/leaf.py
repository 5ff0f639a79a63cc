print("leaf runs:", __name__, __package__)
from .. import package_value
from .. import sibling as parent_sibling
leaf_value = "leaf of " + package_value
