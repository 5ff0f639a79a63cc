# SyntaxError and ImportError fields and str(); function __dict__/__builtins__.
e = SyntaxError("bad", ("f.py", 3, 5, "x = (\n", 3, 6))
print(e, repr(e), e.args, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
e = SyntaxError("only")
print(e, e.msg, e.filename, e.lineno, e.args)
e = SyntaxError()
print(repr(e), e.msg, str(e))
e = SyntaxError("m", ("/a/b/c.py", None, None, None))
print(e)
e = SyntaxError("m", (None, 7, None, None))
print(e)
e = IndentationError("unexpected indent", ("x.py", 2, 1, " y\n"))
print(e, type(e).__mro__[1].__name__)
for args in [("m", (1, 2)), ("m", (1, 2, 3, 4, 5)), ("m", 5), ("a", "b", "c")]:
    try: print(SyntaxError(*args))
    except Exception as err: print(type(err).__name__, err)
e = ImportError("no module", name="mod", path="/p")
print(e, e.name, e.path, e.msg, e.args, repr(e))
e = ModuleNotFoundError("x")
print(e.name, e.path, ModuleNotFoundError.__mro__[1].__name__)
try:
    import does_not_exist_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from sys import nothing_like_this
except ImportError as e:
    print(type(e).__name__, e, e.name)
s = SyntaxError("x")
s.lineno = 4; s.filename = "z.py"
print(s)
def f():
    pass
f.x = 1
print(f.__dict__, vars(f), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else f.__builtins__ is __builtins__)
f.__dict__["y"] = 2
print(f.y, sorted(f.__dict__))
