# Names given as str subclasses: a class namespace or instance dict key, a
# global, setattr/getattr/delattr names, __set_name__, and dunders (the
# special-method slots follow them). Keys keep their type where CPython's do.
class S(str):
    pass


def key_types(mapping):
    return sorted((key, type(key).__name__) for key in mapping if not key.startswith("__") or type(key) is S)


C = type("C", (), {S("x"): 1, "y": 2})
print(C.x, C().x, C.y, getattr(C, S("y")), hasattr(C, S("x")), key_types(C.__dict__))

setattr(C, S("z"), 3)
print(C.z, C().z, key_types(C.__dict__))
delattr(C, S("z"))
print(hasattr(C, "z"))


class D:
    pass


d = D()
setattr(d, S("a"), 1)
d.__dict__[S("b")] = 2
vars(d)[S("c")] = 3
print(d.a, d.b, d.c, getattr(d, S("a")), key_types(d.__dict__))
delattr(d, S("b"))
print(hasattr(d, "b"), sorted(vars(d)))

globals()[S("shadowed")] = "global"
print(shadowed)


def read_global():
    return shadowed


print(read_global())


class Descriptor:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name, type(name).__name__)

    def __get__(self, instance, owner):
        return "got"


E = type("E", (), {S("described"): Descriptor()})
print(E.described, E().described)

F = type("F", (), {
    S("__repr__"): lambda self: "F()",
    S("__len__"): lambda self: 7,
    S("__eq__"): lambda self, other: "eq",
    S("__hash__"): lambda self: 42,
    S("__getitem__"): lambda self, key: key * 2,
    S("__call__"): lambda self, *args: args,
})
f = F()
print(repr(f), len(f), f == 1, hash(f), f[21], f(1, 2), key_types(F.__dict__))


class G:
    pass


setattr(G, S("__repr__"), lambda self: "G!")
setattr(G, S("__bool__"), lambda self: False)
print(repr(G()), bool(G()), key_types(G.__dict__))


class Body:
    locals()[S("from_locals")] = "body"


print(Body.from_locals, key_types(Body.__dict__))
