# AST.__init__: positional fields, keywords, missing fields, and its errors.
import ast
import copy


def attempt(thunk):
    try:
        print("ok", thunk())
    except Exception as error:
        print(type(error).__name__, error)


node = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(sorted(vars(node)), node.left.value, type(node.op).__name__, node.right.value)
node = ast.Name(id="x", ctx=ast.Load(), lineno=3)
print(sorted(vars(node)), node.id, node.lineno, node.end_lineno, node.col_offset if hasattr(node, "col_offset") else "-")
print(vars(ast.Constant(5)), ast.Constant(5).kind)
print(ast.ImportFrom().module, ast.ImportFrom().level, hasattr(ast.ImportFrom(), "names"))
print(ast.FunctionDef().returns, ast.arguments().vararg, ast.keyword().arg)
print(vars(ast.BinOp(1, right=3, foo=5)))
print(vars(ast.AST(x=1)))
attempt(lambda: ast.BinOp(1, 2, 3, 4))
attempt(lambda: ast.BinOp(1, left=2))
attempt(lambda: ast.Pass(1))
attempt(lambda: ast.AST(1))
attempt(lambda: ast.Name("x", ast.Load(), 5))
attempt(lambda: ast.UnaryOp(1, 2, 3))
attempt(lambda: ast.BinOp().left)
attempt(lambda: ast.Name().ctx)
attempt(lambda: ast.Module().body)

class Mine(ast.expr):
    _fields = ("a", "b")

mine = Mine(1, b=2)
print(mine.a, mine.b, isinstance(mine, ast.AST))
attempt(lambda: Mine(1, 2, 3))

# __reduce__, copy and pickle rebuild nodes through their classes.
tree = ast.parse("x = [1, (2, 'a')]\nprint(x)")
print(tree.__reduce__()[0] is ast.Module, tree.__reduce__()[1])
clone = copy.deepcopy(tree)
print(ast.dump(clone) == ast.dump(tree), clone.body[0] is not tree.body[0])
print(ast.Load().__reduce__())

# ast.parse shares one instance of each operator class.
a, b = ast.parse("x + y - z; a"), ast.parse("b")
print(a.body[1].value.ctx is b.body[0].value.ctx, ast.Load() is ast.Load())
print(a.body[0].value.op is not a.body[0].value.left.op)

# Deprecated names ast.py defines on top of _ast.
print(ast.Num(5).n, ast.Str("s").s, isinstance(ast.Constant(1), ast.Num), ast.Constant(1).n)
