# _ast's classes: names, bases, _fields, _attributes, __match_args__,
# docstrings and class defaults, as CPython 3.11 makes them.
import _ast
import _ast as ast

names = [name for name in dir(_ast) if not name.startswith("__")]
print(len(names))
print(names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

for name in names:
    cls = getattr(_ast, name)
    if not isinstance(cls, type):
        continue
    defaults = sorted(key for key, value in vars(cls).items() if value is None and key != "__doc__")
    print(name, cls.__module__, [base.__name__ for base in cls.__bases__], cls._fields,
          cls._attributes, cls.__match_args__, defaults)
    print("   ", repr(cls.__doc__))

print([c.__name__ for c in ast.BinOp.__mro__])
print([c.__name__ for c in ast.arguments.__mro__])
print([c.__name__ for c in ast.Load.__mro__])
print([c.__name__ for c in ast.ExceptHandler.__mro__])
print(issubclass(ast.Add, ast.operator), issubclass(ast.Eq, ast.cmpop), issubclass(ast.Module, ast.mod))
print(isinstance(ast.Constant(1), ast.expr), isinstance(ast.Load(), ast.AST))
print(_ast.__name__, "_ast" in __import__("sys").modules)
print(type(ast.AST), type(ast.expr), type(ast.Name))


# AST.__init__: positional fields, keywords, missing fields, and its errors.
def attempt(thunk):
    try:
        print("ok", thunk())
    except Exception as error:
        print(type(error).__name__, error)


node = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(sorted(vars(node)), node.left.value, type(node.op).__name__, node.right.value)
node = ast.Name(id="x", ctx=ast.Load(), lineno=3)
print(sorted(vars(node)), node.id, node.lineno, node.end_lineno, hasattr(node, "col_offset"))
print(vars(ast.Constant(5)), ast.Constant(5).kind)
print(ast.ImportFrom().module, ast.ImportFrom().level, hasattr(ast.ImportFrom(), "names"))
print(ast.FunctionDef().returns, ast.arguments().vararg, ast.keyword().arg)
print(vars(ast.BinOp(1, right=3, foo=5)), vars(ast.AST(x=1)))
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
print(ast.Name("x").__reduce__(), ast.Load().__reduce__())
ast.Constant.extra = property(lambda self: "extra")
print(ast.Constant(1).extra)
