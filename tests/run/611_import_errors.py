# Import failures: their types, messages and fields.
import sys

here = __file__.rpartition("/")[0]


def attempt(statement):
    try:
        exec_import(statement)
    except ImportError as error:
        print(type(error).__name__ + ":", str(error).replace(here, "<here>"), "|", error.name,
              error.path if error.path is None else error.path.replace(here, "<here>"))


def exec_import(statement):
    if statement == "nosuch":
        import nosuch_module_anywhere
    elif statement == "dotted":
        import nosuch_package.child
    elif statement == "from-missing":
        from imported_basic import nope
    elif statement == "from-native":
        from sys import nope
    elif statement == "relative":
        from . import anything
    elif statement == "relative-named":
        from .sibling import anything
    elif statement == "not-package":
        import imported_basic.child


for statement in ["nosuch", "dotted", "from-missing", "from-native", "relative", "relative-named", "not-package"]:
    attempt(statement)
# A module whose body raises leaves nothing in sys.modules; importing it
# again runs it again.
for attempt_number in range(2):
    try:
        import imported_raises
    except ZeroDivisionError as error:
        print("caught", error, "imported_raises" in sys.modules)
# A SyntaxError in an imported module is raised by the import.
try:
    import imported_syntax_error
except SyntaxError as error:
    print(type(error).__name__, error.msg, error.filename.replace(here, "<here>"), error.lineno, error.offset,
          repr(error.text), error.end_lineno, error.end_offset)
    print(str(error), "imported_syntax_error" in sys.modules)
# None in sys.modules blocks an import.
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as error:
    print(error, error.name)
