# Exception groups (PEP 654) and except*: construction checks, split,
# subgroup, derive, matching naked exceptions and groups, re-raising, new
# exceptions, unhandled rests, SyntaxError-free forms.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.args, eg.exceptions, eg.message)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, repr(BaseExceptionGroup("x", [KeyboardInterrupt()])))
print(issubclass(ExceptionGroup, Exception) if False else "ok", type(eg).__mro__ if False else "mro")
for bad in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", []),
            lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("m", 5), lambda: ExceptionGroup("m")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: type(e) is TypeError)))
print(eg.split(OSError), eg.subgroup((ValueError, TypeError)) is eg)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(nested.split(ValueError))
print(repr(nested.derive([KeyError(0)])))

try:
    raise ValueError(3)
except* ValueError as e:
    print("star", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError as e:
        print("v", repr(e))
    except* (KeyError, IndexError) as e:
        print("k", repr(e))
        raise
except ExceptionGroup as g:
    print("left", repr(g))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new one")
except ExceptionGroup as g:
    print("combined", repr(g), [repr(e.__context__) for e in g.exceptions[:1]])
except KeyError as k:
    print("bare", repr(k))

try:
    try:
        raise ExceptionGroup("all", [ValueError(1)])
    except* ValueError:
        raise KeyError("only new")
except KeyError as k:
    print("only new:", repr(k), repr(k.__context__))

try:
    raise TypeError("naked, unmatched")
except* ValueError:
    print("never")
except* TypeError as t:
    print("matched naked", repr(t))

def unhandled():
    try:
        raise ExceptionGroup("u", [OSError(1), ValueError(2)])
    except* OSError as e:
        print("handled", repr(e))

try:
    unhandled()
except* ValueError as e:
    print("outer got", repr(e))

try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

try:
    try:
        raise ValueError
    except* 5:
        pass
except TypeError as e:
    print(e)

for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        print("loop", repr(e))
    else:
        print("no")
    finally:
        print("finally", i)
