# compile(): modes, code objects, interactive printing through sys.displayhook.
import sys

c = compile("a = 1\nb = a + 1", "<module-src>", "exec")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno)
e = compile("3 * 7", "expr.py", "eval")
print(eval(e), e.co_filename)
print(compile("x", b"bytes-name", "eval").co_filename)
print(compile(source="1", filename="kw", mode="eval", flags=0, dont_inherit=True, optimize=0).co_filename)

# 'single': expression statements print their repr (None is not printed)
exec(compile("1 + 2", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("[1, 'a', None]\n", "<single>", "single"))
exec(compile("for i in range(3):\n    i * 10\n", "<single>", "single"))
exec(compile("if True:\n    'in if'\n", "<single>", "single"))
exec(compile("def f():\n    'not printed'\n    return 5\n", "<single>", "single"))
exec(compile("f()", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("x", "<single>", "single"))
import builtins
print(builtins._)

# sys.displayhook is what prints
def hook(value):
    print("hook got", repr(value))
sys.displayhook = hook
exec(compile("40 + 2", "<single>", "single"))
exec(compile("None", "<single>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("'restored'", "<single>", "single"))
del sys.displayhook
try:
    exec(compile("1", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print(e)
sys.displayhook(None)
sys.displayhook("direct")

# optimize: asserts and docstrings
src = "def f():\n    'doc'\n    assert False, 'boom'\n    return f.__doc__\n"
for level in (0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=level), ns)
    try:
        print(level, ns["f"]())
    except AssertionError as err:
        print(level, "AssertionError", err)

# mode and argument errors
for args, kwargs in [(("1", "s", "bogus"), {}), (("1", "s", "func_type"), {}), (("1", "s", "exec", 0x100), {}),
                     (("1", "s", "exec"), {"optimize": 5}), ((1, "s", "exec"), {}), (("1", 1, "exec"), {}),
                     (("1", "s"), {}), (("1", "s", b"exec"), {}), (("1", "s", "exec", 1.5), {}),
                     ((compile("1", "s", "exec"), "s", "exec"), {})]:
    try:
        compile(*args, **kwargs)
        print("compiled", args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(compile("1", "s", "exec", 0x1000000 | 0x200).co_filename)

# code objects run again with other namespaces
code = compile("counter = counter + 1 if 'counter' in dir() else 1", "<c>", "exec")
ns = {}
for _ in range(3):
    exec(code, ns)
print(ns["counter"])
