# _ast's classes: names, bases, _fields, _attributes, __match_args__,
# docstrings and class defaults, as CPython 3.11 makes them.
import _ast
import ast

names = [name for name in dir(_ast) if not name.startswith("__")]
print(len(names))
print(names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.PyCF_ONLY_AST, ast.AST is _ast.AST, ast.BinOp is _ast.BinOp)

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
print(type(ast.AST), type(ast.expr), type(ast.Name))
