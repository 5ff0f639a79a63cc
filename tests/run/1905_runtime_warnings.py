# Warnings from native code under the default filters (the warnings module
# not imported): NotImplemented in a boolean context (DeprecationWarning,
# shown in __main__, once per line), compile()'s SyntaxWarning (each time),
# and what the defaults ignore.
import io
import sys

captured = io.StringIO()
sys.stderr = captured


def show():
    text = captured.getvalue().replace(__file__, "<this file>")
    captured.seek(0)
    captured.truncate()
    print(text, end="")
    print("--")


print(bool(NotImplemented))
show()
for i in range(3):
    if NotImplemented:
        pass
show()
print(not NotImplemented)
show()
print("__warningregistry__" in globals(), len(__warningregistry__) - 1)

code = compile("x = 1\ny = x is 1\n", "<made>", "exec")
compile("x = 1\ny = x is 1\n", "<made>", "exec")
show()


def from_function():
    # A DeprecationWarning from another module is ignored by default.
    exec("bool(NotImplemented)", {"__name__": "elsewhere"})
    return bool(NotImplemented)


print(from_function())
show()
