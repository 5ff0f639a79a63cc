# Exception instances: args, str and repr, subclasses with attributes,
# StopIteration.value, SystemExit.code, KeyError's str, add_note.
print(repr(ValueError()), repr(ValueError("a")), repr(ValueError("a", 2)))
print(str(ValueError()), str(ValueError("a")), str(ValueError("a", 2)))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")))
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)

e = ValueError(1, 2)
e.args = [3, 4]
print(e.args, e)
try:
    ValueError(x=1)
except TypeError as t:
    print(t)

class AppError(Exception):
    def __init__(self, code, detail="none"):
        self.code = code
        self.detail = detail

a = AppError(404, detail="missing")
print(a.args, a.code, a.detail, str(a), repr(a))

class Plain(Exception):
    pass

p = Plain("p", 1)
p.extra = "attribute"
print(p.args, p.extra, repr(p))

try:
    raise AppError(500)
except Exception as caught:
    print(type(caught).__name__, caught.code)

class WithStr(Exception):
    def __str__(self):
        return "custom text"

print(str(WithStr()), repr(WithStr("x")))

n = ValueError("noted")
n.add_note("first note")
n.add_note("second")
print(n.__notes__)
try:
    n.add_note(3)
except TypeError as t:
    print(t)

print(e.with_traceback(None) is e)

print(BaseException.__name__)
