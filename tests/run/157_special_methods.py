# Builtins reaching classes through their special methods; functions and lambdas as callbacks.
class Index:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value
class Number:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __abs__(self):
        return "abs"
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
class Backwards:
    def __reversed__(self):
        return iter("cba")
class Sequence:
    def __len__(self):
        return 3
    def __getitem__(self, index):
        return "xyz"[index]
print(hex(Index(255)), oct(Index(8)), bin(Index(5)), chr(Index(97)), round(2.567, Index(1)), round(1250, Index(-2)))
print(list(enumerate("ab", Index(5))), int(Index(7)), float(Index(2)), sorted([2, 1], reverse=Index(1)))
print(round(Number()), round(Number(), 2), round(Number(), None), abs(Number()), int(Number()), float(Number()))
print(divmod(Number(), 1), divmod(1, Number()))
print(list(reversed(Backwards())), list(reversed(Sequence())), list(iter(Sequence())), next(iter(Sequence())))
print(sorted(Sequence()), max(Sequence()), list(zip(Sequence(), Sequence())), list(enumerate(Sequence())))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda x: x % 2, range(7))))
print(sorted(["b", "A", "c"], key=lambda s: s.lower() if False else ord(s) % 32), max(["aa", "b"], key=len))
counter = [0]
def step():
    counter[0] += 1
    return counter[0]
print(list(iter(step, 4)), counter, list(iter(step, 6)), counter)
def numbers():
    return [1, 2]
it = iter(numbers, [])
print(next(it), next(it))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
print(any(map(lambda x: x > 2, [1, 3])), all(map(lambda x: x > 0, [1, 3])))
