# Exception subclasses: attributes, explicit base __init__, overridden
# __str__, hierarchies caught by their bases, exception classes as keys.
class AppError(Exception):
    def __init__(self, code, message="failed"):
        Exception.__init__(self, message, code)
        self.code = code
        self.message = message
    def __str__(self):
        return "[" + str(self.code) + "] " + self.message

class NotFound(AppError):
    def __init__(self, what):
        AppError.__init__(self, 404, what + " not found")
        self.what = what

class Quiet(LookupError):
    pass

def find(name):
    if name != "here":
        raise NotFound(name)
    return name

for name in ["here", "there"]:
    try:
        print(find(name))
    except AppError as error:
        print(type(error).__name__, error, error.args, error.code, error.what, repr(error))
        print(isinstance(error, Exception), isinstance(error, NotFound), issubclass(NotFound, AppError))

try:
    raise Quiet("q", 1)
except LookupError as error:
    print(type(error).__name__, error, error.args, repr(error))

try:
    try:
        raise NotFound("inner")
    except NotFound as error:
        raise AppError(500, "outer") from error
except AppError as error:
    print(error, "caused by", error.__cause__, type(error.__cause__).__name__)

handlers = {NotFound: "not found handler", AppError: "app handler"}
for cls in type(NotFound("x")).__mro__:
    if cls in handlers:
        print(handlers[cls])
        break

class WithSlots(Exception):
    __slots__ = ("extra",)
w = WithSlots("w")
w.extra = 1
w.other = 2
print(w.extra, w.other, w.args)
e = AppError(1)
e.code = 2
print(e, e.__dict__ if False else sorted(vars(e).keys()))
print(ValueError.__mro__, NotFound.__bases__, NotFound.__mro__[-3:])
