# A relative import in the main program, which is no package.
from .imported_basic import value
