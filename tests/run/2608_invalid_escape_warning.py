# Invalid escape sequences in literals: DeprecationWarning at compile time
# in 3.11 ("invalid escape sequence '\d'", octal escapes above 0o377), the
# first one of each literal; an error filter makes it a SyntaxError at the
# literal; the default filters hide it.
import warnings

sources = [
    r"'\d'", r"b'\q'", r"'\777'", r"'\400\d'", r"'ok\n\t\\'", r"f'\d{1}\w'", r"'a' '\d' b''" [:-3],
    r"rb'\d' + r'\w'", "'''\n\\s'''", r"x = '\d'; y = '\e'",
]
for source in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, "<test>", "exec")
        except SyntaxError as error:
            print("SyntaxError", error)
    print(repr(source), [(str(w.message), w.category.__name__, w.lineno, w.filename) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for source in [r"'\d'", "x = 1\ny = b'\\q'", r"'\777'"]:
        try:
            compile(source, "<error>", "exec")
        except SyntaxError as error:
            print(type(error).__name__, error.msg, error.lineno, error.offset, error.end_offset, repr(error.text))
# Not shown by default: the filters ignore DeprecationWarning outside __main__.
print(eval(compile(r"len('\d')", "<default>", "eval")))
