# eval(): expressions, namespaces, code objects, sources.
print(eval("1 + 2 * 3"))
print(eval("  [x * 2 for x in range(4)]"))
print(eval("\t(1, 2)\n\n"))
print(eval(b"'bytes' + ' source'"))
print(eval(bytearray(b"len('abc')")))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 10}))

g = {"x": 5}
print(eval("x", g), "__builtins__" in g, g["__builtins__"] is __builtins__.__dict__)
g2 = {"__builtins__": {"len": lambda s: 42}}
try:
    print(eval("len('abc')", g2))
except NameError as e:
    print("NameError", e)

# locals may be any mapping
class Upper:
    def __getitem__(self, key):
        if key.startswith("v"):
            return key.upper()
        raise KeyError(key)
print(eval("vname + '!'", {}, Upper()))
print(eval("len(vx)", {}, Upper()))
try:
    eval("other", {}, Upper())
except NameError as e:
    print("NameError:", e)

# default namespaces are the caller's
y = 100
def f(z):
    w = 3
    return eval("y + z + w")
print(f(20))

class C:
    k = 7
    doubled = eval("k * 2")
print(C.doubled)

# code objects
code = compile("y * 2", "<expr>", "eval")
print(eval(code), eval(code, {"y": 1}))
print(eval(compile("q = 1", "s", "exec"), {}))

def counter():
    n = 0
    def inc():
        return n + 1
    return inc
try:
    eval(counter().__code__)
except TypeError as e:
    print(e)

# errors
for args in [(1,), ("1", []), ("1", 5), ("1", {}, 5), ("1", None, 5)]:
    try:
        eval(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    eval()
except TypeError as e:
    print(e)
try:
    eval("1", {}, {}, 4)
except TypeError as e:
    print(e)
try:
    eval("1", globals=None)
except TypeError as e:
    print(e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    eval("1\x00")
except SyntaxError as e:
    print(e)
print(eval("lambda a, b=2: a * b")(4))
print(eval("(lambda: y)()"))
print(eval("[y for _ in range(2)]"))
