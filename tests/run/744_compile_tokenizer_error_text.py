# SyntaxError.text of tokenizer errors (no newline) and parser errors (with it), from compile() of str and bytes.
cases = ["x = 1)\n", '"""abc\n', "x = 'abc\n", "if 1:\n  x\n y\n", "if 1:\n\tx\n        y\n", "x = 1 \\ 2\n", "x = $\n",
         "x = 0777\n", "x = 1_\n", "def f(:\n", "x = (1,\n", "x = [1, 2\ny = 3\n", "'\\N{BOGUS}'\n", "x = 1e\n", "a = 5\n  b = 6\n",
         "x = ''' \n", "print('a'\n", "f(**)\n", "x = 0b2\n", "x = 09\n", "x = 1__0\n", "\xef\xbb\xbfx=1\n"]
for source in cases:
    for mode in ("str", "bytes"):
        try:
            compile(source if mode == "str" else source.encode(), "<string>", "exec")
            print(repr(source), mode, "compiled")
        except SyntaxError as e:
            print(repr(source), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
