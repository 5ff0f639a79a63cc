# The annotations future feature travels as CPython's: in co_flags
# (CO_FUTURE_ANNOTATIONS) of every code object compiled under it, inherited by
# exec(), eval() and compile() (unless dont_inherit), given in compile()'s
# flags (as doctest and codeop pass it); modules that use it (tomllib)
# import and run.
from __future__ import annotations
import __future__
import codeop
import doctest
import sys
import tomllib

FLAG = __future__.annotations.compiler_flag
print(hex(FLAG), __future__.annotations.mandatory)

def function():
    return lambda: 0

print(bool(function.__code__.co_flags & FLAG), bool(function().__code__.co_flags & FLAG),
      bool(sys._getframe().f_code.co_flags & FLAG))

source = "def g(x: Undefined) -> int: pass\nresult = g.__annotations__\n"
namespace = {}
exec(source, namespace)
print("inherited by exec:", namespace["result"])
code = compile(source, "<source>", "exec", dont_inherit=True)
try:
    exec(code, {})
except NameError as error:
    print("dont_inherit:", error)
print("flag given:", bool(code.co_flags & FLAG),
      bool(compile(source, "<source>", "exec", FLAG, True).co_flags & FLAG))
namespace = {}
exec(compile("y: List[int] = 1", "<source>", "exec", FLAG, True), namespace)
print(namespace["__annotations__"], namespace["y"])
print(eval("lambda: 0").__code__.co_flags & FLAG == FLAG)

import ast
tree = ast.parse("z: Forward")
namespace = {}
exec(compile(tree, "<ast>", "exec", FLAG, True), namespace)
print("from an AST:", namespace["__annotations__"])

compiler = codeop.Compile()
compiler("from __future__ import annotations", "<input>", "single")
namespace = {}
exec(compiler("h: Later = 1", "<input>", "exec"), namespace)
print("codeop remembers:", namespace["__annotations__"])

def documented():
    """
    >>> def k(v: Unknown) -> Nothing: pass
    >>> k.__annotations__
    {'v': 'Unknown', 'return': 'Nothing'}
    """

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner()
for test in finder.find(documented, "documented", globs={"annotations": __future__.annotations}):
    runner.run(test)
print(runner.summarize(verbose=False))

document = tomllib.loads('title = "T"\n[owner]\nname = "N"\ndob = 1979-05-27T07:32:00Z\nlist = [1, 2.5, "x"]\n')
print(document)
print(tomllib._parser.parse_basic_str.__annotations__)
