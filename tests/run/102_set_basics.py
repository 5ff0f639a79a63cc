# set and frozenset: construction, methods, operators; order as CPython's.
def text(number):
    digits = "0123456789"
    out = ""
    while True:
        out = digits[number % 10] + out
        number = number // 10
        if number == 0:
            return out

s = set([3, 1, 2])
s.add(5)
s.add(3)
print(s, len(s), 2 in s, 4 in s, 4 not in s, set(), frozenset(), set("abracadabra"))
s.discard(1)
s.discard(100)
s.remove(2)
print(s, s.copy(), s.copy() is s, s == s.copy())
words = set()
for word in ["abc", "b", "cd", "e", "f"]:
    words.add(word)
print(words, frozenset(words), list(words))
numbers = set(range(20))
for i in range(0, 20, 2):
    numbers.discard(i)
for i in range(100, 111):
    numbers.add(i)
print(numbers)

keys = set()
for i in range(50):
    keys.add("k" + text(i))
for i in range(0, 50, 3):
    keys.remove("k" + text(i))
print(keys)
print(keys.pop(), keys.pop(), keys.pop(), len(keys))

a = set()
b = set()
for i in range(12):
    a.add("k" + text(i))
for i in range(6, 20):
    b.add("k" + text(i))
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(a.union(b, ["z"]), a.intersection(b, ["k7", "k8"]), a.difference(b, ["k0"]), a.symmetric_difference(["k3", "k30"]))
print(a.issubset(a | b), a.issuperset(["k1"]), a.isdisjoint(["x"]), a.isdisjoint(b))
print(a <= a, a < a, a < a | b, a >= b, a > set(["k1"]), a == frozenset(a), a != b)
c = a.copy()
c.intersection_update(["k1", "k5", "k7", "k9", "zz"])
print(c)
c.update(["x", "y"], set(["z"]))
print(c)
c.difference_update(["x"], ["k1"])
print(c)
c.symmetric_difference_update(["y", "new"])
print(c)
c.clear()
print(c, len(c), not c)

f = frozenset([1, 2, 3])
print(f, f | set([4]), set([4]) | f, f & set([1]), f - set([1]), f ^ set([1, 9]), f.copy() is f)
print(f.union([7]), f.intersection([1, 2]), f.difference([1]), f.symmetric_difference([1, 10]))
print(frozenset(f) is f, set([f]), f in set([f]), set([1, 2, 3]) in set([f]))
print(type(f | set()).__name__, type(set() | f).__name__)

class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
ms = MySet([1, 2])
print(ms, MySet(), MyFrozen([3]), MyFrozen(), type(ms.copy()).__name__, type(ms | set()).__name__)
print(set([MyFrozen([1])]), ms == set([1, 2]))
nested = set([frozenset([1, 2]), frozenset(), (1, 2), "s", 1.5, True])
print(nested)
