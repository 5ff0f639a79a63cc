# _random.Random (MT19937 seeded as CPython) and _sha512, driven as
# random.py drives them.
import _random
import _sha512


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


def seeded(a):
    # random.Random.seed, version 2.
    if isinstance(a, (str, bytes, bytearray)):
        if isinstance(a, str):
            a = a.encode()
        a = int.from_bytes(a + _sha512.sha512(a).digest(), "big")
    generator = _random.Random()
    generator.seed(a)
    return generator


for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**100 + 12345, 1.5, -0.25, "hello", b"bytes", bytearray(b"ba"), "", True]:
    r = seeded(seed)
    print(repr(seed), [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
r = _random.Random(12345)
values = [r.random() for _ in range(2000)]
print(sum(values), min(values), max(values))
state = r.getstate()
print(len(state), state[-1], state[:3])
after = [r.random() for _ in range(5)]
r.setstate(state)
print(after == [r.random() for _ in range(5)])
print(_random.Random(5).random(), _random.Random(-5).random(), _random.Random(2**100).getrandbits(100))
print(_random.Random(1.5).random(), _random.Random("abc").random() == _random.Random("abc").random())
print(_random.Random.__new__(_random.Random).getstate()[:3], _random.Random().getstate()[-1])
fresh = _random.Random()
print(0 <= fresh.random() < 1, fresh.getrandbits(0))
attempt(lambda: _random.Random(1, 2))
attempt(lambda: _random.Random(x=1))
attempt(lambda: r.getrandbits(-1))
attempt(lambda: r.getrandbits(1.5))
attempt(lambda: r.getrandbits(2**40))
attempt(lambda: r.setstate(1))
attempt(lambda: r.setstate((1,) * 3))
attempt(lambda: r.setstate((1,) * 624 + (700,)))
attempt(lambda: r.setstate((-1,) * 625))
attempt(lambda: r.setstate(("a",) * 625))
attempt(lambda: r.seed(1, 2))
attempt(lambda: r.seed([]))
attempt(lambda: r.seed(x=1))


class Mine(_random.Random):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


m = Mine(3, "extra")
print(m.random(), m.b, isinstance(m, _random.Random))

for data in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 129, bytes(range(256)) * 9]:
    print(len(data), _sha512.sha512(data).hexdigest()[:32], _sha512.sha384(data).hexdigest()[-16:])
h = _sha512.sha512(b"ab")
c = h.copy()
h.update(b"c")
h.update(memoryview(b"def"))
print(h.hexdigest()[:16], c.hexdigest()[:16], len(h.digest()), h.name, h.digest_size, h.block_size, _sha512.sha384().name)
print(_sha512.sha512(string=b"x", usedforsecurity=False).hexdigest()[:16], type(h).__name__, _sha512.SHA384Type)
attempt(lambda: _sha512.sha512("a"))
attempt(lambda: h.update(1))
attempt(lambda: h.update())
attempt(lambda: _sha512.sha512(b"a", b"b"))
attempt(lambda: _sha512.sha512(data=b"x"))
