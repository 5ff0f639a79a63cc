# ast.unparse round trips: parse, unparse, parse again gives the same tree.
import ast

sources = [
    "x = 1",
    "def f(a, /, b=2, *c, d, e=5, **g) -> int:\n    '''doc'''\n    return a if b else c",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i",
    "@decorator(1)\nclass C(B, metaclass=M):\n    x: int = 5\n\n    def m(self):\n        pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[0], b.c",
    "lambda x, *y, z=3, **w: (x, y, z, w)",
    "[x for x in y if x for z in x]\n{k: v for k, v in d}\n{s for s in t}\n(g for g in h)",
    "f'{a!r:>{width}} {b} {c:%Y}' 'x'",
    "not a and b or c < d <= e is not f in g",
    "import a.b.c as d, e\nfrom ..f import g as h, i\nfrom . import *",
    "match p:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass",
    "x = (yield)\nassert x, 'msg'",
    "while (n := (n - 1)) > 0:\n    break\nelse:\n    continue",
    "a @ b // c % d ** e << f >> g | h ^ i & j",
    "print(*args, sep='', **kwargs)",
    "x = {**a, 'b': 1}\ny = [*a, *b]\nz = a[1:2, ::3]",
    "global x\nwith open(f) as (a, b):\n    nonlocal y",
    "x = -1 ** 2 + (-1) ** 2 + (1).real + 1.5j",
]
for source in sources:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    print(ast.dump(ast.parse(text)) == ast.dump(tree))
    print("--")

# Unparsing a tree built by hand.
tree = ast.Module([ast.Assign([ast.Name("y", ast.Store())], ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load())))], [])
print(ast.unparse(ast.fix_missing_locations(tree)))
