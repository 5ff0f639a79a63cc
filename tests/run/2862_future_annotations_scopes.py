# PEP 563 in every scope: parameters and returns of functions, methods,
# nested and async functions are strings; class and module bodies store a
# simple name's text in __annotations__; other targets still have their
# object and subscript evaluated, the annotation never; a function body's
# annotations are never stored.
from __future__ import annotations
import inspect

trace = []

def note(label, value=None):
    trace.append(label)
    return value

def f(a: int, b: Undefined = 1, /, c: list[int] = [], *args: *Ts, d: A | B, e: "str" = "", **kw: Any) -> Forward:
    x: NotEvaluated = 1
    y: AlsoNot
    return locals()

print(f.__annotations__)
print(f(1, d=2))
print(inspect.signature(f))

def starred(*args: *tuple[int, ...]) -> None: ...
print(starred.__annotations__)

async def coroutine(x: Awaitable[int]) -> Coroutine[Any, Any, int]:
    return 1
print(coroutine.__annotations__)

def outer():
    def inner(p: Local) -> Nested[Local]:
        pass
    class InFunction:
        field: Local = 3
        other: Other
    return inner, InFunction

inner, InFunction = outer()
print(inner.__annotations__)
print(InFunction.__annotations__, InFunction.field)

class C:
    __private: Mangled
    public: __Mangled = 5
    x: int = note("x value", 1)
    def method(self, __p: __T) -> C:
        return self
    @staticmethod
    def static(v: C.Inner) -> list[C]: ...
    class Inner:
        z: Outer.Thing

print(C.__annotations__)
print(C.method.__annotations__)
print(C.static.__annotations__)
print(C.Inner.__annotations__)
print(inspect.signature(C.method))

lam = lambda x, y=2: x + y
print(lam.__annotations__, lam(1))

class Target:
    def __getitem__(self, key):
        note(("getitem", key))
    def __setitem__(self, key, value):
        note(("setitem", key, value))
    def __getattr__(self, name):
        note(("getattr", name))

def target():
    note("target")
    return Target()

# Module level: non-simple targets are evaluated (object, subscript) but
# their annotations are not.
target().attr: note("annotation 1")
target()[note("key", 1)]: note("annotation 2")
target()[note("lo", 1):note("hi", 2), note("k", 3)]: note("annotation 3")
target()[note("key", 5)]: note("annotation 4") = note("value", 6)
(simple_parenthesized): int = 7
plain: note("annotation 5") = note("plain value", 8)
print(trace)
print(__annotations__)
print(plain, simple_parenthesized)

def function_targets():
    target().attr: note("annotation 6")
    target()[note("function key", 9)]: note("annotation 7")
    local: note("annotation 8") = 10
    return local

trace.clear()
print(function_targets(), trace)

class Body:
    if True:
        in_if: Conditional
    for i in range(2):
        in_loop: Loop = i
    try:
        in_try: Try
    finally:
        in_finally: Finally
    with open(__file__) as handle:
        in_with: With
    (parenthesized): NotStored = 1
    target().attr: NotEvaluated
    del handle, i

print(Body.__annotations__)
print(sorted(k for k in vars(Body) if not k.startswith("__")))
