# set() takes at most one iterable.
print(set(), set("ab") == set(["a", "b"]))
set("a", "b")
