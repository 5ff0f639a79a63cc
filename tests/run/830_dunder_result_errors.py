# Special methods returning wrong types: the errors of bool/len/hash/repr/str/int/float/format/iter/... .
class Bad:
    def __bool__(self): return 1
    def __len__(self): return -1
    def __hash__(self): return 'x'
    def __repr__(self): return 5
    def __str__(self): return b'x'
    def __index__(self): return 1.5
    def __int__(self): return 'a'
    def __float__(self): return 1
    def __format__(self, spec): return 3
    def __iter__(self): return 5
    def __length_hint__(self): return 'z'
    def __complex__(self): return 1
    def __bytes__(self): return 'no'
    def __contains__(self, x): return []
    def __lt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
class Big:
    def __len__(self): return 2**70
class Huge:
    def __hash__(self): return 2**100
b = Bad()
tests = [lambda: bool(b), lambda: len(b), lambda: hash(b), lambda: repr(b), lambda: str(b), lambda: hex(b), lambda: int(b), lambda: float(b), lambda: format(b, ''), lambda: iter(b), lambda: list(b), lambda: complex(b), lambda: bytes(b), lambda: 1 in b, lambda: b < b, lambda: b == b, lambda: len(Big()), lambda: hash(Huge()) == hash(2**100), lambda: f'{b}', lambda: '%s' % b, lambda: '%d' % b, lambda: round(b), lambda: abs(b), lambda: -b, lambda: b + 1, lambda: divmod(b, 1), lambda: sorted([b, b]), lambda: max(b, b), lambda: b(), lambda: b[0], lambda: b.x, lambda: print(b), lambda: sum([b]), lambda: set([b]), lambda: {b: 1}]
for t in tests:
    try:
        r = t()
        print(repr(r) if not isinstance(r, Bad) else 'Bad')
    except Exception as e:
        print(type(e).__name__, e)
