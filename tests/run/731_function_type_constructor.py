# Building functions from code objects, as types.FunctionType does.
FunctionType = type(lambda: 0)
CodeType = type(compile("", "<empty>", "exec"))
print(FunctionType.__name__, CodeType.__name__)

ns = {"c": 100, "__name__": "made_up"}
exec(compile("def f(a, b=2):\n    '''doc of f'''\n    return a + b + c\n", "<f>", "exec"), ns)
f = ns["f"]
print(f(1), f.__module__, f.__doc__)
g = FunctionType(f.__code__, {"c": 1})
print(g(1, 1), g.__name__, g.__qualname__, g.__defaults__, g.__module__)
h = FunctionType(f.__code__, {"c": 1, "__name__": "other"}, "renamed", (5,))
print(h(1), h.__name__, h.__qualname__, h.__defaults__, h.__module__, h.__doc__)
module_code = compile("result = 6 * 7", "<m>", "exec")
runner = FunctionType(module_code, out := {})
print(runner(), out["result"])

def outer():
    x, y = 1, 2
    def inner():
        return x + y
    return inner
inner = outer()
copy = FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(copy(), copy.__closure__ == inner.__closure__)

def keyword_only(a, *, b):
    return a, b
clone = FunctionType(keyword_only.__code__, {})
try:
    clone(1)
except TypeError as e:
    print(e)
print(clone(1, b=2))

cases = [lambda: FunctionType(1, {}), lambda: FunctionType(f.__code__, 1), lambda: FunctionType(f.__code__, {}, 5),
         lambda: FunctionType(f.__code__, {}, None, 5), lambda: FunctionType(f.__code__, {}, None, None, 5),
         lambda: FunctionType(inner.__code__, {}), lambda: FunctionType(inner.__code__, {}, None, None, (1, 2)),
         lambda: FunctionType(inner.__code__, {}, None, None, inner.__closure__[:1]),
         lambda: FunctionType(f.__code__), lambda: FunctionType(f.__code__, {}, kwdefaults={})]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(FunctionType(code=f.__code__, globals={"c": 0})(1, 2))
