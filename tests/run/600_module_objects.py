# Module objects: their attributes, namespace and repr.
import sys
import imported_basic
import imported_basic as again

here = __file__.rpartition("/")[0]


def shown(text):
    return text.replace(here, "<here>")


print(again is imported_basic, type(imported_basic).__name__)
print(imported_basic.__name__, repr(imported_basic.__doc__))
print(shown(imported_basic.__file__), shown(repr(imported_basic)))
print(imported_basic.value, imported_basic.greet("module"), imported_basic.Thing())
print(imported_basic.Thing.__module__, imported_basic.greet.__module__)
print(repr(sys), repr(sys.__name__), sys.__doc__ is None or isinstance(sys.__doc__, str))
print(type(imported_basic.__dict__).__name__, imported_basic.__dict__["value"])
print(imported_basic.__dict__ is imported_basic.greet.__globals__)
print(repr(imported_basic.__package__), imported_basic.__spec__ is None or True)
print(type(imported_basic.__builtins__).__name__)
# The namespace is the module: writing one writes the other.
imported_basic.added = "added"
print(imported_basic.__dict__["added"])
imported_basic.__dict__["through_dict"] = 7
print(imported_basic.through_dict)
del imported_basic.added
print("added" in imported_basic.__dict__)
# ModuleType itself.
module_type = type(sys)
made = module_type("made")
print(repr(made), made.__name__, made.__doc__, sorted(made.__dict__))
made = module_type("made", "its doc")
print(made.__doc__)
print(repr(module_type("a'b")))
made.__file__ = "/somewhere/made.py"
print(repr(made))
print(type(sys) is module_type, module_type.__name__)
