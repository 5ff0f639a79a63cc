# codeop.compile_command: a code object for a complete command, None for one
# that needs more lines, SyntaxError for an invalid one. (Its message is not
# printed: the codeop of Krait's standard library, 3.11.2's, compiles an
# invalid command a last time with the flags, 3.11.7's without.)
import codeop

SOURCES = [
    "x = 1", "if x:", "if x:\n  pass", "if x:\n  pass\n", "x = (", "x = [1,\n2", "f(", "lambda: (",
    "'''abc", "def f():\n  return 1\n\n", "class A:\n  def f(self):", "@dec", "from x import (a,",
    "try:\n  pass", "try:\n  pass\n", "if 1:\n  x = 1\nelse:", "for x in y:\n  for z in x:\n    pass\n",
    "", "# only a comment", "\n\n", "x = 1 \\", "while True:\n  break\n\n", "match x:", "with a as b:",
    "1 +", "a b", "1 + )", "for", "@", "import", "print(1)\n  x", "x = 'abc", "del 1", "(1 for",
]

for source in SOURCES:
    try:
        result = codeop.compile_command(source)
        print(repr(source), "->", type(result).__name__)
    except SyntaxError:
        print(repr(source), "-> SyntaxError")

for symbol in ("exec", "eval"):
    for source in ("x = (", "1 +", "1 + 2", "if x:\n  y", "if x:\n  y\n"):
        try:
            print(symbol, repr(source), "->", type(codeop.compile_command(source, "<input>", symbol)).__name__)
        except SyntaxError:
            print(symbol, repr(source), "-> SyntaxError")

# A CommandCompiler answers as compile_command does.
compiler = codeop.CommandCompiler()
namespace = {}
print(compiler("def f(x):") is None, compiler("def f(x):\n  return x * 2") is None)
exec(compiler("def f(x):\n  return x * 2\n"), namespace)
print(namespace["f"](21))
print(type(compiler("f(", "<console>", "eval")).__name__, type(compiler("f()", "<console>", "eval")).__name__)
