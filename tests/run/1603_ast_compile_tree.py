# compile() of _ast trees: parsed, built by hand, rewritten by
# NodeTransformer; ast.literal_eval.
import ast

tree = ast.parse("total = 0\nfor i in range(5):\n    total += i * i\nprint('total', total)")
exec(compile(tree, "<ast>", "exec"))
namespace = {}
exec(compile(tree, "<ast>", "exec"), namespace)
print(namespace["total"])
print(eval(compile(ast.parse("3 * 7 + 1", mode="eval"), "<ast>", "eval")))
exec(compile(ast.parse("6 * 7", mode="single"), "<ast>", "single"))
code = compile(ast.parse("def f(x):\n    return x + 1\n"), "<tree>", "exec")
print(code.co_filename, code.co_name)
print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)

# A tree built by hand, positions filled in by fix_missing_locations.
call = ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built"), ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10))], [])
module = ast.Module([ast.Expr(call)], [])
exec(compile(ast.fix_missing_locations(module), "<built>", "exec"))
function = ast.FunctionDef(
    "square", ast.arguments([], [ast.arg("n")], None, [], [], None, []),
    [ast.Return(ast.BinOp(ast.Name("n", ast.Load()), ast.Mult(), ast.Name("n", ast.Load())))], [], None)
module = ast.fix_missing_locations(ast.Module([function], []))
namespace = {}
exec(compile(module, "<built>", "exec"), namespace)
print(namespace["square"](12))

# Constants no literal makes: tuples, frozensets, complex numbers, big ints.
for value in [(1, 2, ("a", None)), frozenset({3}), 1 + 2j, -0.0, 2 ** 100, -7, b"\x00", ..., True]:
    expression = ast.Expression(ast.Constant(value, lineno=1, col_offset=0))
    print(repr(eval(compile(expression, "<c>", "eval"))))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Name(self, node):
        if node.id == "hello":
            return ast.copy_location(ast.Name("goodbye", node.ctx), node)
        return node


source = "def goodbye():\n    return 'bye'\nprint(1 + 2, [3, 4], hello())\n"
tree = Doubler().visit(ast.parse(source))
exec(compile(ast.fix_missing_locations(tree), "<rewritten>", "exec"))
print(ast.unparse(tree))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


counter = Counter()
counter.visit(ast.parse("a = b + c(d, e=f)\nfor g in h: i"))
print(counter.names)
print([type(node).__name__ for node in ast.walk(ast.parse("x = f(1)"))])
print(ast.get_docstring(ast.parse("'''Module doc.'''\nx = 1")))
print(ast.get_source_segment("a = foo(1, 2)", ast.parse("a = foo(1, 2)").body[0].value))

for text in ["1", "-2.5", "'s'", "b'b'", "(1, [2, {3: 4}], {5})", "None", "True", "1+2j", "-(3)", "set()", "{'a': (1,)}"]:
    print(repr(ast.literal_eval(text)))
for text in ["x", "1 + x", "f()", "[1, 2] * 3"]:
    try:
        ast.literal_eval(text)
    except ValueError as error:
        print("ValueError", str(error).split(" at 0x")[0])

# Line numbers of the code come from the tree.
tree = ast.parse("x = 1\n\n\ny = 1 / 0\n")
try:
    exec(compile(tree, "<lines>", "exec"))
except ZeroDivisionError as error:
    print(error.__traceback__.tb_next.tb_lineno)

# Match statements and comprehensions through a tree.
source = """
def kind(value):
    match value:
        case [x, *rest]:
            return f"list {x} {rest}"
        case {"k": v}:
            return f"map {v}"
        case int() | float() as number if number > 0:
            return "positive"
        case None:
            return "none"
        case _:
            return "other"
print([kind(v) for v in ([1, 2, 3], {"k": 9}, 5, None, -1)])
print({k: [i for i in range(k)] for k in range(3)})
"""
exec(compile(ast.parse(source), "<match>", "exec"))
