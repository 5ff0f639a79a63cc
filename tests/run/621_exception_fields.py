# SyntaxError's and ImportError's own fields, and their str.
error = SyntaxError("message", ("/some/dir/file.py", 3, 4, "text\n", 3, 6))
print(error, error.args, error.msg, error.filename, error.lineno, error.offset, repr(error.text))
print(error.end_lineno, error.end_offset, error.print_file_and_line)
print(SyntaxError("only a message"), SyntaxError("m").msg, SyntaxError("m").filename, repr(str(SyntaxError())))
print(SyntaxError("m", ("/a/b.py", None, 4, "t")), SyntaxError("m", (None, 5, 4, "t")), SyntaxError("m", "abcd"))
print(SyntaxError("a", "b", "c"), SyntaxError("a", "b", "c").msg)
for arguments in [("m", 1), ("m", (1, 2)), ("m", ("f", 1, 2, "t", 3)), ("m", (1, 2, 3, 4, 5, 6, 7))]:
    try:
        SyntaxError(*arguments)
    except TypeError as caught:
        print(caught)
error.msg = "changed"
error.lineno = 10
print(error)
del error.filename
print(error.filename, error)
indentation = IndentationError("unexpected indent", ("x.py", 2, 1, "  x\n"))
print(indentation, indentation.filename, type(indentation).__mro__[1].__name__)
print(TabError("tabs").msg)
error = ImportError("text", name="the.name", path="/the/path")
print(error, error.msg, error.name, error.path, error.args)
error = ImportError("two", "args")
print(error, error.msg, error.name, error.path)
print(repr(str(ImportError())), ImportError().msg, ModuleNotFoundError("m", name="n").name)
try:
    ImportError(other=1)
except TypeError as caught:
    print(caught)
error.name = 5
error.msg = "replaced"
print(error.name, error, error.args)


class Custom(ImportError):
    pass


print(Custom("custom", path="p").path, ModuleNotFoundError.__mro__[1].__name__)
