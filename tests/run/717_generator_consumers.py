# Native consumers (list, tuple, set, sum, sorted, str.join, extend) fed by
# generators: the same items, order, errors and generator states as next().
def numbers(n):
    for i in range(n):
        got = yield i
        assert got is None
    return "ignored"

print(list(numbers(5)), tuple(numbers(3)), set(numbers(4)), sum(numbers(10)), sorted(numbers(4), reverse=True))
print("-".join(str(i) for i in range(5)), sum(x / 2 for x in range(5)), sum((x for x in range(3)), 10))

class Key:
    def __init__(self, value, generator_box):
        self.value = value
        self.box = generator_box
    def __hash__(self):
        # A generator feeding a set is suspended while the set hashes.
        print("hash", self.value, self.box[0].gi_running)
        return hash(self.value)
    def __eq__(self, other):
        print("eq", self.value, getattr(other, "value", other))
        return isinstance(other, Key) and self.value == other.value
    def __repr__(self):
        return "Key(%r)" % self.value

box = []
def mixed():
    yield 1
    yield Key(1, box)
    yield "a"
    yield Key(1, box)
    yield 2
gen = mixed()
box.append(gen)
print(sorted(set(gen), key=repr))

def state_while_running():
    yield gen2.gi_running
    yield gen2.gi_suspended
gen2 = state_while_running()
print(list(gen2))

target = [0]
def watch():
    for i in range(3):
        yield len(target)
target.extend(watch())
print(target)

def with_finally():
    try:
        yield 1
        yield []
        yield 3
    finally:
        print("finally ran")
try:
    set(with_finally())
except TypeError as error:
    print("TypeError:", error)

def raising():
    yield 1
    raise ValueError("inside")
try:
    list(raising())
except ValueError as error:
    print("ValueError:", error)

def delegating():
    yield 0
    result = yield from numbers(3)
    yield result

print(list(delegating()), sum(delegating() if False else numbers(4)))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        return Money(other + self.cents) if isinstance(other, int) else NotImplemented
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
total = sum(Money(c) if c % 2 else c for c in range(6))
print(total.cents)

def stop_iteration_inside():
    yield 1
    raise StopIteration
try:
    list(stop_iteration_inside())
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__)

def nested():
    yield from (x * 2 for x in range(3))
    yield sum(y for y in range(4))
print(set(nested()), frozenset(x for x in "abca") == frozenset("abc"))
