# range: indexing, slicing, containment, index/count, equality, hash,
# reversed, attributes and errors.
r = range(0, 10, 3)
print(r[0], r[-1], r[1:3], r[::-1], r[5:2] if False else range(10)[5:2], range(10)[2:100], range(10)[::3])
print(3 in r, 4 in r, 3.0 in r, True in range(2), "x" in r, -3 in range(0, -10, -3), 9 in range(10, 0, -1))
print(r.index(6), r.count(6), r.count(7), range(5).index(True), r.start, r.stop, r.step)
print(range(0) == range(2, 2), range(1, 2) == range(1, 3, 5), range(3) == range(3), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 3, 5)), len({range(3), range(0, 3)}))
print(list(reversed(range(1, 7, 2))), list(reversed(range(0))), list(range(-5)), bool(range(0)), bool(range(1)))
print(sum(range(100)), max(range(5)), sorted(range(5, 0, -1)), list(range(10, 0, -3)))
for bad in [lambda: range(3)[5], lambda: range(3).index(7), lambda: range(3)["a"], lambda: range(1, 2, 0), lambda: range(1.5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
