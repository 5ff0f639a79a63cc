# range() over ints beyond machine words.
big = 2**64
r = range(big)
print(r, r.start, r.stop, r.step, bool(r), r[0], r[-1], r[big - 1], r[5:10], r[::big // 4], r[-3:])
print(big - 1 in r, big in r, -1 in r, 2**63 in range(0, 2**64, 2**63), r.index(2**63), r.count(12), r.count(-5))
for f in [lambda: len(r), lambda: r[big], lambda: r[-big - 1], lambda: r.index(-1), lambda: range(1, 2**70, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(list(range(2**64, 2**64 + 3)), list(range(-2**63 - 2, -2**63 + 1)), list(range(2**65, 2**64, -2**63)))
print(list(reversed(range(2**64, 2**64 + 3))), list(reversed(range(0, 2**64, 2**62))))
print(range(0, 2**64, 2**63) == range(0, 2**64 + 1, 2**63), range(2**64, 2**64) == range(0), range(big) == range(big), range(big) != range(big + 1))
print(hash(range(big)) == hash(range(0, big, 1)), hash(range(2**64, 2**64)) == hash(range(0)), len(range(2**64, 2**64 + 5)))
print(range(-2**63, 2**63 - 1)[2**63], range(-2**63, 2**63), len(range(2**63 - 10, 2**63 + 10)))
print(range(10)[2**70:], range(10)[:-2**70], range(0, 10, 3)[::-1], range(10)[::2**70], range(5)[1.0 if False else 1::2])
it = iter(range(2**64, 2**64 + 2))
print(type(it).__name__ in ("iterator", "longrange_iterator"), list(it))
print(range(10**30)[10**29], 10**29 + 7 in range(0, 10**30, 7), range(10**30).index(10**29))
x = 0
for i in range(2**64, 2**64 + 3):
    x += i
print(x)
