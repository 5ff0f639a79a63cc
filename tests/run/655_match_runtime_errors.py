# The errors matching raises at run time, with CPython's messages, and the
# failures that are only a mismatch (AttributeError from an attribute).
def attempt(label, function):
    try:
        print(label, function())
    except Exception as error:
        print(label, type(error).__name__, error)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def not_a_type():
    not_class = len
    match 1:
        case not_class():
            return "matched"
attempt("not a type", not_a_type)

def instance_not_type():
    class Holder:
        thing = Point(1, 2)
    match 1:
        case Holder.thing():
            return "matched"
attempt("instance", instance_not_type)

def list_match_args():
    class C:
        __match_args__ = ["a"]
    match C():
        case C(a):
            return a
attempt("list __match_args__", list_match_args)

def non_str_match_args():
    class C:
        __match_args__ = ("a", 2)
        a = 1
    match C():
        case C(a, b):
            return a
attempt("int in __match_args__", non_str_match_args)

def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            return a
attempt("too many", too_many)

def too_many_one():
    class One:
        __match_args__ = ("a",)
    match One():
        case One(a, b):
            return a
attempt("too many for one", too_many_one)

def no_match_args():
    class Plain:
        pass
    match Plain():
        case Plain(a):
            return a
attempt("no __match_args__", no_match_args)

def self_matching_two():
    match 5:
        case int(a, b):
            return a
attempt("int two", self_matching_two)

def repeated_attribute():
    match Point(1, 2):
        case Point(a, x=b):
            return a
attempt("repeated", repeated_attribute)

def repeated_in_match_args():
    class Twice:
        __match_args__ = ("v", "v")
        v = 0
    match Twice():
        case Twice(a, b):
            return a
attempt("twice", repeated_in_match_args)

def not_instance_no_check():
    # the class check comes first: a non-instance never looks at __match_args__
    class Bad:
        __match_args__ = None
    match 5:
        case Bad(a):
            return "matched"
        case _:
            return "not an instance, no error"
attempt("not instance", not_instance_no_check)

def attribute_raises():
    class Raising:
        __match_args__ = ("boom",)
        @property
        def boom(self):
            raise ValueError("from the property")
    match Raising():
        case Raising(b):
            return b
attempt("property raises", attribute_raises)

def attribute_error_is_no_match():
    class Missing:
        __match_args__ = ("gone",)
        @property
        def gone(self):
            raise AttributeError("gone")
    match Missing():
        case Missing(g):
            return g
        case _:
            return "no match"
attempt("AttributeError", attribute_error_is_no_match)

def duplicate_runtime_key():
    class K:
        a = "same"
        b = "same"
    match {"same": 1}:
        case {K.a: x, K.b: y}:
            return x
attempt("duplicate key", duplicate_runtime_key)

def unhashable_key():
    class K:
        a = []
    match {"x": 1}:
        case {K.a: x}:
            return x
attempt("unhashable key", unhashable_key)

def eq_raises():
    class Bad:
        def __eq__(self, other):
            raise RuntimeError("no comparing")
    match Bad():
        case 1:
            return "one"
attempt("__eq__ raises", eq_raises)

def len_raises():
    class L(list):
        def __len__(self):
            raise RuntimeError("no len")
    match L([1]):
        case [a]:
            return a
attempt("__len__ raises", len_raises)

def iter_disagrees():
    class L(list):
        def __iter__(self):
            return iter([1, 2, 3])
    match L([1, 2]):
        case [a, b]:
            return a
attempt("__iter__ disagrees", iter_disagrees)

def get_raises():
    class D(dict):
        def get(self, key, default=None):
            raise KeyError("get fails")
    match D(a=1):
        case {"a": a}:
            return a
attempt("get raises", get_raises)

def get_lies():
    class D(dict):
        def get(self, key, default=None):
            return "invented"
    match D(a=1):
        case {"a": a, "b": b, **rest}:
            return (a, b, rest)
attempt("get lies", get_lies)

def instancecheck():
    class Meta(type):
        def __instancecheck__(cls, instance):
            print("  __instancecheck__")
            return instance == "yes"
    class Anything(metaclass=Meta):
        pass
    results = []
    for subject in ["yes", "no"]:
        match subject:
            case Anything():
                results.append("instance")
            case _:
                results.append("not")
    return results
attempt("instancecheck", instancecheck)

def guard_raises():
    match 1:
        case x if 1 / 0:
            return x
attempt("guard raises", guard_raises)

def match_args_from_metaclass():
    class Meta(type):
        __match_args__ = ("m",)
    class C(metaclass=Meta):
        m = "class attr"
    match C():
        case C(value):
            return value
attempt("metaclass __match_args__", match_args_from_metaclass)
