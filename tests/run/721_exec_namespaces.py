# exec(): namespaces, nested functions, classes and closures in exec'd code.
g = {}
exec("""
x = 10
def add(y):
    return x + y
class Point:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Point({self.a}, {self.b})"
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
counter = make_counter()
counter(); counter()
result = [add(i) for i in range(3)]
""", g)
print(g["add"](5), g["Point"](1, 2), g["counter"](), g["result"])
print(g["add"].__module__ if "__name__" in g else "no __name__", g["Point"].__module__)
print(sorted(k for k in g if not k.startswith("__")))

# separate locals: top-level names go to locals, functions see globals only
gl, lo = {"base": 1}, {}
exec("""
a = base + 1
def f():
    return base
try:
    def g():
        return a
    r = g()
except NameError as e:
    r = str(e)
b = f()
""", gl, lo)
print(sorted(lo), lo["a"], lo["b"], lo["r"], sorted(k for k in gl if k != "__builtins__"))

# global statement inside exec'd code writes the globals
exec("global gv\ngv = 'global!'\nlv = 'local'", gl, lo)
print(gl["gv"], lo["lv"], "lv" in gl)

# a mapping as locals
class Recorder(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
rec = Recorder()
exec("p = 1\nq = p + 1\ndel p", {}, rec)
print(dict(rec))

# exec in a class body namespace
class Built:
    exec("def hello(self):\n    return 'hello from ' + type(self).__name__")
    exec("size = 3")
print(Built().hello(), Built.size)

ns = {}
exec("class K:\n    v = 1\n    w = [v] * 2\n    def m(self):\n        return __class__.__name__", ns)
print(ns["K"].w, ns["K"]().m(), ns["K"].__qualname__)

# exec in a function: the locals are a snapshot
def func():
    a = 1
    exec("a = 2\nb = 3")
    return a
print(func())

def reads():
    value = 42
    exec("print('sees', value)")
reads()

# default namespaces at module level are the module's
exec("module_level = 'yes'")
print(module_level)

# return value, code objects, bytes
print(exec("1 + 1"))
code = compile("total = sum(range(5))", "<sum>", "exec")
env = {}
exec(code, env)
print(env["total"])
exec(b"from_bytes = 'ok'", env)
print(env["from_bytes"])
exec("import_check = __name__", env)
print(env["import_check"] if "import_check" in env else None)

# docstring and annotations at the top level
env = {}
exec('"""The doc."""\nn: int = 5\nm: str\n', env)
print(env["__doc__"], env["__annotations__"], env["n"])

# errors
for args in [(1,), ("1", []), ("1", {}, 5)]:
    try:
        exec(*args)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: exec(), lambda: exec("1", None, None, None), lambda: exec("1", foo=5),
             lambda: exec("1", {}, {}, closure=())]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("caught", e)
try:
    exec("undefined_name")
except NameError as e:
    print(e)
