# globals(), locals(), vars() and dir() without arguments.
import sys

module_value = 1
print(globals() is sys.modules[__name__].__dict__, locals() is globals(), vars() is globals())
print("module_value" in dir(), dir() == sorted(globals()))
globals()["made_by_globals"] = "hello"
print(made_by_globals)

def function(a, b=2, *args, **kwargs):
    c = a + b
    def inner():
        return c
    snapshot = locals()
    print(sorted(snapshot), snapshot["a"], snapshot["c"], snapshot["inner"].__name__)
    print(dir())
    print(vars() == locals(), vars() is locals())
    snapshot["c"] = 100
    print(c)
    del c
    return sorted(locals())
print(function(1, 3, 4, key=5))

def unbound_names():
    print(locals())
    x = 1
    print(locals())
    del x
    print(locals())
unbound_names()

def closure_reader():
    outer = "o"
    def reader():
        return locals()
    def using():
        print(outer)
        return locals()
    return reader(), using()
print(closure_reader())

class Body:
    a = 1
    names = sorted(locals())
    listed = dir()
    seen_globals = "module_value" in globals()
print(Body.names, Body.listed, Body.seen_globals)

def generator():
    y = 5
    yield sorted(locals())
    z = 6
    yield sorted(locals())
print(list(generator()))

print([sorted(locals()) for item in range(1)])
print(dict(map(lambda q: (q, sorted(locals())), [1])))

for bad in [lambda: globals(1), lambda: locals(1), lambda: vars(1, 2), lambda: dir(1, 2), lambda: vars(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# 3.11: a function's locals() is one dict, refreshed at each call
def exec_then_locals():
    exec("made = 5")
    first = locals()
    later = 1
    second = locals()
    return first is second, first["made"], sorted(k for k in second if k != "first")
print(exec_then_locals())
