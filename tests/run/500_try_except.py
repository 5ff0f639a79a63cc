# try/except/else: matching by class, tuples, base classes, bare except,
# the `as` name being unbound afterwards, else running only without errors.
def divide(a, b):
    try:
        result = a // b
    except ZeroDivisionError as error:
        print("caught:", error)
        return None
    else:
        print("no error")
        return result

print(divide(7, 2), divide(1, 0))

for value in [1, "x", [], None]:
    try:
        print(10 + value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(e), e.args)

try:
    [][3]
except KeyError:
    print("not here")
except IndexError as e:
    print("index", e)

try:
    int("zz")
except:
    print("bare except")

e = "outer"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as n:
    print("NameError:", n)

def unbound_local():
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    return exc

try:
    unbound_local()
except UnboundLocalError as u:
    print(u)

# nested handlers and re-raising
def inner():
    try:
        raise TypeError("inner")
    except TypeError:
        print("inner handler")
        raise

try:
    inner()
except TypeError as t:
    print("outer got", t)

# an exception in the handler replaces the first one
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    print("replaced:", e, "| context:", repr(e.__context__))

# handlers in loops, with continue and break
count = 0
for i in range(6):
    try:
        if i % 2:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        if e.args[0] == 5:
            break
        continue
    finally:
        count += 100
print("count", count)

while True:
    try:
        break
    except Exception:
        pass
print("left while")

# a handler catching an exception raised in a called function
def fail(n):
    if n == 0:
        raise RuntimeError("bottom")
    return fail(n - 1)

try:
    fail(20)
except RuntimeError as e:
    print("deep:", e)

# the exception types of the runtime
def kind(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "ok"

print(kind(lambda: undefined_name))
print(kind(lambda: (1).foo))
print(kind(lambda: 1 + "a"))
print(kind(lambda: [1][5]))
print(kind(lambda: {1: 2}[3]))
print(kind(lambda: 1 / 0))
print(kind(lambda: 1 % 0))
print(kind(lambda: int("4.5")))
nothing = None
print(kind(lambda: nothing()))
print(kind(lambda: 2 ** 10))
