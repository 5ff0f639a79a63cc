# Unbounded recursion through special methods the runtime calls from native
# code, and through deeply nested data: RecursionError, never a crash.
import copy
import json
import sys


def attempt(label, function):
    try:
        function()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError", str(e)[:32])


class Repr:
    def __repr__(self):
        return repr(self)


class Str:
    def __str__(self):
        return str(self)


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class Iter:
    def __iter__(self):
        return iter(self)


class Format:
    def __format__(self, spec):
        return format(self, spec)


class Descriptor:
    def __get__(self, instance, owner):
        return instance.attribute


class Holder:
    attribute = Descriptor()


class Length:
    def __len__(self):
        return len(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Call:
    def __call__(self):
        return self()


class Index:
    def __index__(self):
        return [1, 2][self]


attempt("repr", lambda: repr(Repr()))
attempt("str", lambda: str(Str()))
attempt("getattr", lambda: GetAttr().missing)
attempt("eq", lambda: Eq() == 1)
attempt("hash", lambda: hash(Hash()))
attempt("iter", lambda: iter(Iter()))
attempt("format", lambda: format(Format(), ""))
attempt("f-string", lambda: f"{Format()}")
attempt("descriptor", lambda: Holder().attribute)
attempt("len", lambda: len(Length()))
attempt("bool", lambda: bool(Bool()))
attempt("call", lambda: Call()())
attempt("index", lambda: [1, 2][Index()])


def subclass_hook():
    class Base:
        def __init_subclass__(cls, **kwargs):
            class Again(cls):
                pass
    class Child(Base):
        pass


attempt("__init_subclass__", subclass_hook)

nested = []
for _ in range(100000):
    nested = [nested]
attempt("repr of nested lists", lambda: repr(nested))
attempt("str of nested lists", lambda: str(nested))
attempt("json.dumps nested", lambda: json.dumps(nested))
attempt("deepcopy nested", lambda: copy.deepcopy(nested))
attempt("== of nested", lambda: nested == copy.copy(nested))

deep_dict = {}
for _ in range(100000):
    deep_dict = {"k": deep_dict}
attempt("repr of nested dicts", lambda: repr(deep_dict))
attempt("json.dumps nested dicts", lambda: json.dumps(deep_dict))
attempt("json.loads deep", lambda: json.loads("[" * 100000 + "]" * 100000))

recursive = []
recursive.append(recursive)
print(repr(recursive), recursive == recursive)


def recurse(n):
    return recurse(n + 1)


attempt("plain recursion", lambda: recurse(0))
sys.setrecursionlimit(200)
attempt("lowered limit", lambda: recurse(0))
attempt("repr at lowered limit", lambda: repr(Repr()))
print(sys.getrecursionlimit())
