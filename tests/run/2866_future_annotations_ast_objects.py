# PEP 563 on trees compile() gets as _ast objects (the annotations future
# given in its flags): constants no literal makes are written by repr (a
# tuple item by item, infinities as 1e309), a big int before an attribute
# gets its space, a str Constant's kind 'u' its prefix.
import __future__
import ast

FLAG = __future__.annotations.compiler_flag
tree = ast.parse("a: _\nb: _\nc: _\nd: _\ne: _\nf: _\ng: _\nh: _\n")
values = [
    ast.Constant(value=(1, 1e309, "s", (2j, 1e309), None, ..., b"b")),
    ast.Constant(value=frozenset()),
    ast.Constant(value=(5,)),
    ast.Attribute(value=ast.Constant(value=10**30), attr="real", ctx=ast.Load()),
    ast.Attribute(value=ast.Constant(value=True), attr="real", ctx=ast.Load()),
    ast.Constant(value="text", kind="u"),
    ast.Constant(value=-1e309),
    ast.BinOp(left=ast.Constant(value=-1), op=ast.Pow(), right=ast.Constant(value=complex(1, -1e309))),
]
for statement, value in zip(tree.body, values):
    statement.annotation = value
ast.fix_missing_locations(tree)
namespace = {}
exec(compile(tree, "<ast>", "exec", FLAG, True), namespace)
for name, text in namespace["__annotations__"].items():
    print(name, text)

function = ast.parse("def f(p: _) -> _: pass")
function.body[0].args.args[0].annotation = ast.Constant(value=(None,))
function.body[0].returns = ast.Starred(value=ast.Name(id="Ts", ctx=ast.Load()), ctx=ast.Load())
ast.fix_missing_locations(function)
namespace = {}
exec(compile(function, "<ast>", "exec", FLAG, True), namespace)
print(namespace["f"].__annotations__)
