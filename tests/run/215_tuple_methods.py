# tuple.index and tuple.count.
t = (1, 2, 3, 2, 1, "a", (1, 2), None, 2.0)
print(t.count(1), t.count(2), t.count("a"), t.count((1, 2)), t.count(None), t.count("z"), ().count(1))
print(t.index(1), t.index(2), t.index(2, 2), t.index(1, -5), t.index((1, 2)), t.index(None), t.index(3, 0, 3))
print(t.index(2.0), t.index(True), (1, 1.0, True).count(True), ("x" * 3,).count("xxx"))
