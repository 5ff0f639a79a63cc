# Walrus (also binding out of comprehensions), del of locals, globals, class
# names and cells, variable annotations (module and class __annotations__,
# SETUP_ANNOTATIONS) and function annotations.
if (n := 10) > 5:
    print("big", n)
data = [1, 2, 3, 4]
print([y := v * 2 for v in data], y)
def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(f())
def g(items):
    while (chunk := items[:2]):
        items = items[2:]
        print(chunk)
    return (x := 5) + x
print(g([1, 2, 3]))
print([(a, b) for a in range(3) if (b := a * a) > 0])
x: int = 5
y2: "str"
print(__annotations__)
class C:
    a: int = 1
    b: list
    c = 3
    def m(self, p: int, *args: str, q: float = 1.0, **kw: dict) -> bool:
        z: int = 3
        w: undefined_name
        return z
print(C.__annotations__, C.a, C().m(1))
print(C.m.__annotations__)
def h(a: "A", /, b: "B" = 2) -> None: pass
print(h.__annotations__)
print((lambda q=3: q)())
lst = [0, 0]
lst[0]: int = 7
lst[1]: int
print(lst)
def d():
    a = 1
    b = 2
    del a
    try_b = b
    del b
    return try_b
print(d())
z = 3
del z
print("deleted")
class K:
    t = 1
    del t
print(K.__dict__.get("t", "gone"))
def cell():
    v = 1
    def inner():
        return v
    del v
    return inner
fn = cell()
print(fn.__name__)
def outer2():
    q = 5
    def inner():
        nonlocal q
        del q
    inner()
    return "ok"
print(outer2())


def class_reads_enclosing():
    x = "cell"

    class Meta(type):
        @classmethod
        def __prepare__(mcs, name, bases):
            return {"x": "namespace"}

    class WithNamespace(metaclass=Meta):
        y = x

    class Plain:
        y = x

        def m(self):
            return x

    class Shadowing:
        x = "class"

        def m(self):
            return x
    return WithNamespace.y, Plain.y, Plain().m(), Shadowing.x, Shadowing().m()


print(class_reads_enclosing())


def nonlocal_in_class():
    v = 1

    class E:
        nonlocal v
        v = 5
        w = v
    return v, E.w


print(nonlocal_in_class())
if True:
    inside_if: int = 1
for _ in range(1):
    inside_for: str
print(__annotations__)


class Annotated:
    "doc"
    first: int
    second: str = "s"
    (parenthesized): int = 3


print([k for k in Annotated.__dict__ if k != "__qualname__"][:4], Annotated.__annotations__, Annotated.parenthesized)
print((w := 3, w + 1), [w := w + 1 for _ in range(3)], w)
