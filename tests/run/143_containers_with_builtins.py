# Containers with the builtins: iter, reversed, sorted, bool, str,
# isinstance, and dict.__setitem__ reached from a subclass.
d = {"b": 2, "a": 1, "c": 3}
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed(d)).__name__, list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(sorted(d), sorted(set("hello")), bool({}), bool(set()), bool(frozenset([0])), str({1: "x"}))
print(isinstance(d.keys(), object), type(iter(set())).__name__)
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value)
x = Logged.fromkeys("ab", 0)
print(type(x).__name__, x)
it = iter(d)
print(next(it))
d["z"] = 26
next(it)
