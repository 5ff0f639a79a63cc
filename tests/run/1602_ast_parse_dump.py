# ast.parse and ast.dump of Krait's parse trees, with and without
# attributes and indentation.
import ast

sources = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d.e",
    "def f(a, /, b=2, *c, d, e=5, **g) -> int:\n    '''doc'''\n    return a if b else c\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n",
    "class C(B, metaclass=M):\n    x: int = 5\n    y: 'str'\n    @property\n    def p(self): pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[0], b.c\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "with open(f) as (a, b):\n    pass\n",
    "lambda x, *y, z=3, **w: (x, y, z, w)",
    "[x for x in y if x for z in x]; {k: v for k, v in d}; {s for s in t}; (g for g in h)",
    "f'{a!r:>{width}} {b=} {c:%Y}' 'x'",
    "b'\\x00\\xff' + 'é\\u1234' + r'\\n' + 0x1F + 1e10 + 3j + 1_000 + 12345678901234567890",
    "not a and b or c < d <= e is not f in g",
    "global x; nonlocal y",
    "import a.b.c as d, e\nfrom ..f import (g as h, i)\nfrom . import *",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n    case -1 | 1+2j | True: pass\n",
    "x = yield\ny = yield from z\nassert x, 'msg'\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    x += 1\n",
    "while (n := n - 1) > 0:\n    break\nelse:\n    continue\n",
    "...; None; True; -5; ~x; +y; a @ b // c % d ** e << f >> g | h ^ i & j",
    "print(*args, sep='', **kwargs)",
    "x = {**a, 'b': 1}; y = [*a, *b]",
]
for source in sources:
    tree = ast.parse(source)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True, indent=1))

print(ast.dump(ast.parse("x + 1", mode="eval"), indent=4))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("def f(a, # type: int\n      ):\n    # type: (...) -> None\n    pass\nx = 1  # type: ignore[attr]\n",
                         type_comments=True), include_attributes=True))
print(ast.dump(ast.parse("u'x'").body[0].value), ast.parse("u'x'").body[0].value.kind)
print(ast.dump(compile("1 +\\\n  2", "<s>", "eval", ast.PyCF_ONLY_AST), include_attributes=True))

# Every program of tests/ast, summed up: dumps too long to print whole.
import os


def checksum(text):
    total = 0
    for byte in text.encode("utf-8"):
        total = (total * 1000003 + byte) & 0xFFFFFFFF
    return total


directory = os.path.join("..", "ast")
for name in sorted(os.listdir(directory)):
    if not name.endswith(".py"):
        continue
    with open(os.path.join(directory, name), "rb") as file:
        source = file.read()
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        print(name, "SyntaxError", error.msg, error.lineno)
        continue
    text = ast.dump(tree, include_attributes=True)
    print(name, len(text), checksum(text))
