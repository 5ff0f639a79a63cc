# with: __enter__/__exit__ order, `as` targets, several items, suppressing
# and propagating exceptions, return and break inside, errors of the protocol.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.suppress

with Manager("a") as got:
    print("body", got)

with Manager("outer") as x, Manager("inner") as y:
    print("both", x, y)

with Manager("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Manager("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))

def returns():
    with Manager("r"):
        return "returned"

print(returns())

for i in range(3):
    with Manager("loop%d" % i):
        if i == 1:
            break
print("after loop")

with Manager("t") as (first, *rest):
    print(first, rest)

class Store:
    pass

s = Store()
with Manager("attr") as s.value:
    pass
print(s.value)

try:
    with 42:
        pass
except TypeError as e:
    print(e)

class OnlyEnter:
    def __enter__(self):
        return self

try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

class OnlyExit:
    def __exit__(self, *args):
        pass

try:
    with OnlyExit():
        pass
except TypeError as e:
    print(e)

class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *args):
        print("never")

try:
    with FailingEnter():
        print("never")
except RuntimeError as e:
    print(e)

class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("exit failed")

try:
    with FailingExit():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))

class Truthy:
    def __bool__(self):
        print("bool asked")
        return True

class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return Truthy()

with TruthyExit():
    raise ValueError
print("suppressed by a truthy object")
