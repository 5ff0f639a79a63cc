# code.InteractiveConsole.push: lines go into a buffer until they make a
# complete command, which runs (an expression's value through
# sys.displayhook); push returns whether more input is needed. Errors are
# shown as tracebacks and the console goes on.
import code
import sys

sys.stderr = sys.stdout  # the console writes its tracebacks to stderr
console = code.InteractiveConsole({"__name__": "__console__"}, filename="<console>")


def feed(*lines):
    for line in lines:
        more = console.push(line)
        print("push", repr(line), "->", more)


feed("x = 6 * 7", "x")
feed("def double(n):", "    return n * 2", "", "double(x)")
feed("for i in range(3):", "    if i:", "        print('i =', i)", "")
feed("values = [1,", "2,", "3]", "sum(values)")
feed("class Point:", "    def __init__(self, x):", "        self.x = x", "", "Point(5).x")
feed("'''a", "b'''")
feed("1 / 0")
feed("undefined_name")
feed("print(1 2)", "x = (1 +", ")", "x")
feed("try:", "    raise ValueError('inside')", "except ValueError as error:", "    print('caught', error)", "")
feed("import sys; sys.ps1", "print('done')")
print(sorted(name for name in console.locals if not name.startswith("__")))
