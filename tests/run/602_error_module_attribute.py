# An uncaught AttributeError names the module.
import imported_basic

print(imported_basic.value)
imported_basic.nope
