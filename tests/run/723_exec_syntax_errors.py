# SyntaxErrors of compile() and exec() source, with their fields.
cases = [("1 +", "exec"), ("x = ", "exec"), ("a b c", "exec"), ("def f(:\n pass", "exec"),
         ("1\n2", "eval"), ("x = 1", "eval"), ("if x:\npass", "exec"), ("  x", "exec"), ("x\n  y", "exec"),
         ("1 = 2", "exec"), ("del 1", "exec"), ("f() = 1", "exec"), ("lambda: (yield)", "eval"),
         ("nonlocal x", "exec"), ("def f():\n  x = 1\n  global x", "exec"), ("break", "exec"),
         ("continue", "exec"), ("class A:\n  return 1", "exec"), ("await x", "eval"), ("await x", "exec"),
         ("def f():\n  await x", "exec"), ("x = 1; y =", "exec"), ("print 'x'", "exec"), ("a, b += 1", "exec"),
         ("[x for x in y] = 1", "exec"), ("1 if 2", "eval"), ("x = [1, 2", "exec"), ("0777", "eval"),
         ("1__0", "eval"), ("f(x for x in y, 1)", "eval"), ("f(**a, *b)", "eval"), ("def f(a, a): pass", "exec"),
         ("def f(*): pass", "exec"), ("import", "exec"), ("from x import", "exec"), ("x: int = 1 = 2", "exec"),
         ("1 +\n", "single"), ("x = 1\ny = 2\n", "single"), ("return 5", "exec"), ("yield 1", "exec"),
         ("x = (1,\n 2 +)", "exec"), ("for x in range(3):\n    pass\n  y = 1", "exec"),
         ("def f():\n    return\n        1", "exec")]
for source, mode in cases:
    try:
        compile(source, "<string>", mode)
        print(repr(source), mode, "compiled")
    except SyntaxError as e:
        print(repr(source), mode, type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text),
              e.end_lineno, e.end_offset)

# the filename given to compile() is the error's
try:
    compile("def g():\n    return 1 +\n", "my_file.py", "exec")
except SyntaxError as e:
    print(e, e.filename, e.lineno)
try:
    exec("for\n")
except SyntaxError as e:
    print(e)
# in a function called from exec'd code
def run():
    exec("x = (1,\n 2 +)")
try:
    run()
except SyntaxError as e:
    print(e.args)
