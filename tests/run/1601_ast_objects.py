# compile(..., PyCF_ONLY_AST) without ast.py: the objects of parse trees,
# checked by a dump written here (ast.dump's own test waits for ast.py's
# imports: tests/run/pending), and compile() of those trees.
import _ast
import os

ONLY_AST = _ast.PyCF_ONLY_AST


def dump(node, attributes=False):
    if isinstance(node, _ast.AST):
        parts = [name + "=" + dump(getattr(node, name), attributes) for name in node._fields if hasattr(node, name)]
        if attributes:
            parts += [name + "=" + repr(getattr(node, name)) for name in node._attributes if hasattr(node, name)]
        return type(node).__name__ + "(" + ", ".join(parts) + ")"
    if isinstance(node, list):
        return "[" + ", ".join(dump(item, attributes) for item in node) + "]"
    return repr(node)


def parse(source, mode="exec", flags=0):
    return compile(source, "<unknown>", mode, ONLY_AST | flags)


sources = [
    "x = 1 + 2 * y\nprint(x, 'a', b'b', 3.5, 2j, None, ..., True, 10 ** 30)",
    "def f(a, /, b=2, *c, d, e=5, **g) -> int:\n    '''doc'''\n    return a if b else c\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n",
    "class C(B, metaclass=M):\n    x: int = 5\n    @property\n    def p(self): pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[0], b.c\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "[x for x in y if x for z in x]; {k: v for k, v in d}; {s for s in t}; (g for g in h)",
    "f'{a!r:>{width}} {b=} {c:%Y}' 'x' u'y'",
    "not a and b or c < d <= e is not f in g; lambda x, *y, z=3, **w: (x, y, z, w)",
    "import a.b.c as d, e\nfrom ..f import (g as h, i)\nfrom . import *\nglobal x; nonlocal y",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n    case -1 | 1+2j | True: pass\n",
    "x = {**a, 'b': 1}; y = [*a, *b]; z = a[1:2, ::3]; (n := 5)",
]
for source in sources:
    tree = parse(source)
    print(dump(tree))
    print(dump(tree, True))
print(dump(parse("x + 1", "eval"), True))
print(dump(parse("x = 1", "single")))
print(dump(parse("(int, str) -> bool", "func_type")))
print(dump(parse("def f(a, # type: int\n      ):\n    # type: (...) -> None\n    pass\nx = 1  # type: ignore[attr]\n",
                 flags=_ast.PyCF_TYPE_COMMENTS), True))

# The objects: every field set, the positions after them; operators and
# contexts shared.
tree = parse("x; y + z")
print(list(vars(tree)), list(vars(tree.body[0])), list(vars(tree.body[0].value)))
print(tree.body[0].value.ctx is tree.body[1].value.left.ctx, type(tree.body[1].value.op).__name__)
print(vars(parse("from . import x").body[0])["module"], parse("u'x'").body[0].value.kind)
print(compile(tree, "<x>", "exec", ONLY_AST) is tree)
try:
    parse("x = (")
except SyntaxError as error:
    print("SyntaxError", error.msg, error.lineno, error.offset)
try:
    parse("(" * 300 + ")" * 300)
except Exception as error:
    print(type(error).__name__, error)

# Parsed trees compile and run.
exec(compile(parse("total = 0\nfor i in range(5):\n    total += i * i\nprint('total', total)"), "<ast>", "exec"))
print(eval(compile(parse("3 * 7 + 1", "eval"), "<ast>", "eval")))
exec(compile(parse("6 * 7", "single"), "<ast>", "single"))
source = """
def kind(value):
    match value:
        case [x, *rest]:
            return f"list {x} {rest!r:>10}"
        case {"k": v}:
            return f"map {v}"
        case int() | float() as number if number > 0:
            return "positive"
        case None:
            return "none"
        case _:
            return "other"
class C:
    def __init__(self, *args, **kwargs):
        self.items = [a for a in args if a] + sorted(kwargs)
print([kind(v) for v in ([1, 2, 3], {"k": 9}, 5, None, -1)], C(0, 1, b=2, a=1).items)
try:
    1 / 0
except ZeroDivisionError as error:
    print("caught", error)
"""
exec(compile(parse(source), "<match>", "exec"), {})
try:
    exec(compile(parse("x = 1\n\n\ny = 1 / 0\n"), "<lines>", "exec"))
except ZeroDivisionError as error:
    print(error.__traceback__.tb_next.tb_lineno)

# Trees built by hand, with constants no literal makes.
P = dict(lineno=1, col_offset=0)
for value in [(1, 2, ("a", None)), frozenset({3}), 1 + 2j, -0.0, 2 ** 100, -7, b"\x00", ..., True, "é"]:
    print(repr(eval(compile(_ast.Expression(_ast.Constant(value, **P)), "<c>", "eval"))))
call = _ast.Call(_ast.Name("print", _ast.Load(), **P), [_ast.Constant("built", **P)], [_ast.keyword("sep", _ast.Constant("-", **P), **P)], **P)
exec(compile(_ast.Module([_ast.Expr(call, **P), _ast.Expr(call, **P)], []), "<built>", "exec"))


class Renamed(_ast.Name):
    pass


exec(compile(_ast.Module([_ast.Expr(_ast.Call(Renamed("print", _ast.Load(), **P), [], [], **P), **P)], []), "<sub>", "exec"))


# Every program of tests/ast, summed up: dumps too long to print whole.
def checksum(text):
    total = 0
    for byte in text.encode("utf-8"):
        total = (total * 1000003 + byte) & 0xFFFFFFFF
    return total


directory = os.path.join("..", "ast")
for name in sorted(os.listdir(directory)):
    if name.endswith(".py"):
        with open(os.path.join(directory, name), "rb") as file:
            text = dump(parse(file.read()), True)
        print(name, len(text), checksum(text))
