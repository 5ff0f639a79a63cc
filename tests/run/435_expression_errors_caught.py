# Errors of comprehensions, displays, f-strings, del and unpacking calls,
# caught: type and CPython's message for each.
def attempt(label, function):
    try:
        result = function()
    except Exception as error:
        print(label, type(error).__name__, error)
    else:
        print(label, "ok", result)


class Plain:
    pass


class BadFormat:
    def __format__(self, spec):
        return spec.upper() if spec else 0


def unbound_local():
    del value
    value = 1


def read_after_del():
    value = 1
    del value
    return value


def free_after_del():
    value = 1

    def inner():
        return value
    del value
    return inner()


def del_cell_twice():
    value = 1

    def inner():
        return value
    del value
    del value


def f(*args, **keywords):
    return args, keywords


def walrus_unbound():
    if False:
        (seen := 1)
    return seen


attempt("set unhashable", lambda: {1, [2]})
attempt("set star", lambda: {*5})
attempt("list star", lambda: [*5])
attempt("tuple star", lambda: (1, *None))
attempt("setcomp unhashable", lambda: {[i] for i in range(2)})
attempt("dictcomp unhashable", lambda: {[i]: i for i in range(2)})
attempt("listcomp not iterable", lambda: [i for i in 3])
attempt("nested not iterable", lambda: [j for i in range(2) for j in i])
attempt("listcomp raises", lambda: [1 // i for i in range(-2, 2)])
attempt("condition raises", lambda: [i for i in range(3) if 1 / (i - 1)])
attempt("fstring spec", lambda: f"{'s':d}")
attempt("fstring object spec", lambda: f"{Plain():>3}")
attempt("fstring returns", lambda: f"{BadFormat()}")
attempt("fstring spec upper", lambda: f"{BadFormat():abc}")
attempt("fstring nested spec", lambda: f"{3.5:{'<'}{'x'}}")
attempt("fstring unbound", lambda: f"{undefined_name!r}")
attempt("del unbound", unbound_local)
attempt("read after del", read_after_del)
attempt("free after del", free_after_del)
attempt("del cell twice", del_cell_twice)
attempt("walrus unbound", walrus_unbound)
attempt("call star", lambda: f(*1))
attempt("call star second", lambda: f(0, *1))
attempt("call starstar", lambda: f(**[]))
attempt("call keywords strings", lambda: f(**{1: 2}))
attempt("call repeated", lambda: f(a=1, **{"a": 2}))
attempt("builtin starstar", lambda: len(**1))
attempt("method star", lambda: [].append(*1))
attempt("class starstar", lambda: Plain(**1))
try:
    class Broken(*5):
        pass
except TypeError as error:
    print("class star", error)
total = 0
for attempt_number in range(3):
    try:
        values = [10 // (attempt_number - i) for i in range(2)]
    except ZeroDivisionError as error:
        print("loop", attempt_number, error)
    else:
        total += sum(values)
print(total)
