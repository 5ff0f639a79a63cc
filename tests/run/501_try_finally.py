# finally: on the normal path, on exceptions, on return, break and continue;
# return in finally swallows the exception; the return value is kept.
def normal():
    try:
        print("body")
    finally:
        print("finally")

normal()

def with_return():
    try:
        return "from try"
    finally:
        print("finally before return")

print(with_return())

def value_kept():
    x = 1
    try:
        return x
    finally:
        x = 2

print(value_kept())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

def propagate():
    try:
        raise KeyError("kept")
    finally:
        print("cleanup runs")

try:
    propagate()
except KeyError as e:
    print("propagated", e)

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)

def nested():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError:
        print("caught after inner finally")
    finally:
        print("outer finally")

nested()

def try_except_else_finally(fail):
    try:
        if fail:
            raise ValueError
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")

try_except_else_finally(True)
try_except_else_finally(False)

def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")

try:
    exception_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))

def return_from_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")

print(return_from_except())

def deep_finally(n):
    try:
        if n:
            return deep_finally(n - 1)
        return "bottom"
    finally:
        print("unwinding", n)

print(deep_finally(3))

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i

print(break_in_finally())
