# An uncaught exception of a class from another module shows module.Class.
import imported_errors

try:
    raise imported_errors.Outer.Inner("nested")
except ValueError as error:
    print(type(error).__name__, type(error).__qualname__, type(error).__module__)
imported_errors.fail()
