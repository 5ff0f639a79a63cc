# PEP 563: a forward reference fails only when something evaluates it
# (typing.get_type_hints); annotations the symbol table refuses under the
# future import, deep annotations, and the final NameError.
from __future__ import annotations
import typing

for source in ["x: (yield)", "x: (y := 1)", "def f(a: (yield)): pass", "async def f() -> await g: pass",
               "x: " + "-" * 2500 + "a", "x: " + "-" * 3500 + "a"]:
    try:
        namespace = {}
        exec(source, namespace)
        print(len(namespace["__annotations__"]["x"]))
    except (SyntaxError, RecursionError) as error:
        print(type(error).__name__, error)

class Tree:
    left: Tree | None = None
    size: Size = 0

print(Tree.__annotations__)
typing.get_type_hints(Tree)
