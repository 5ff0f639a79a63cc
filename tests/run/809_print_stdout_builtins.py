# print() writes to the current sys.stdout; input(); globals()/locals(); builtins' names.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


capture = Capture()
original = sys.stdout
sys.stdout = capture
print("hello", 1, sep="-", end="!\n")
print("again", flush=True)
sys.stdout = original
print(capture.parts)
other = Capture()
print("to file", file=other, flush=True)
print(other.parts)
print("x", file=None)
sys.stdout = None
print("lost")
sys.stdout = original
print("back", sys.stdout is sys.__stdout__)


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines("first line\n", "no newline")
capture = Capture()
sys.stdout = capture
first = input("prompt> ")
second = input()
sys.stdout = original
print(repr(first), repr(second), capture.parts)
try:
    input()
except EOFError as error:
    print("EOFError", error)
sys.stdin = sys.__stdin__

x_global = 1
print(globals() is globals(), globals()["x_global"], "x_global" in locals())


def function(a, b=2):
    c = a + b
    return sorted(locals().items()), "x_global" in globals()


print(function(1))
import builtins
print(builtins.None is None, builtins.True, builtins.False, builtins.__debug__)
print([name for name in ("exit", "quit", "input", "globals", "locals", "aiter", "anext", "Ellipsis",
                         "IOError", "EnvironmentError") if not hasattr(builtins, name)])
print(type(iter("abc")).__name__, type(iter("é")).__name__, type(iter("")).__name__)
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter("abcd").__length_hint__(), iter((1,)).__length_hint__())
it.__setstate__(0)
print(list(it))
it = iter("hello")
it.__setstate__(3)
print(list(it))
for f in [lambda: globals(1), lambda: input(1, 2), lambda: aiter(1), lambda: anext(1)]:
    try:
        f()
    except TypeError as error:
        print(error)
print(sorted(k for k in dir(sys) if k in ("stdout", "path", "__name__", "flags", "int_info")))
try:
    exit(3)
except SystemExit as error:
    print("SystemExit", error.code)
quit()
