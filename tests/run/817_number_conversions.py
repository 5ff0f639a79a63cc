# round() with ndigits, int(x, base) and float(x) edge cases (bytes and buffers too), float repr round trips.
import sys
vals = [2.675, 0.125, 0.375, 1.5, 2.5, -0.5, -1.5, 1e300, 1.7976931348623157e308, 5e-324, 123.456, -123.456, 0.0, -0.0, float('inf'), float('nan'), 1234567.891, 1e-5, 0.1 + 0.2]
for v in vals:
    out = []
    for n in [None, 0, 1, 2, 3, -1, -2, 300, -400, 20]:
        try:
            out.append(repr(round(v) if n is None else round(v, n)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)
for v in [0, 5, 15, 25, -25, 1234567, 10**30 + 5 * 10**10, -(10**20), True]:
    print(v, [round(v, n) for n in [0, 1, -1, -2, -5, -100]], type(round(v, 2)).__name__, round(v))
class R:
    def __round__(self, n=None): return ('r', n)
print(round(R()), round(R(), 3), round(R(), None))
for f in [lambda: round('a'), lambda: round(1.5, 'a'), lambda: round(1, 1.5), lambda: round(), lambda: round(1, 2, 3), lambda: round(number=1.25, ndigits=1), lambda: round(object())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
cases = [('0x10', 16), ('0x10', 0), ('10', 0), ('010', 0), ('0', 0), ('00', 0), ('0_0', 0), ('1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('z', 36), ('Z', 36), ('0b101', 2), ('0b101', 0), ('0o17', 8), ('  12  ', 10), ('+12', 10), ('-0x1f', 16), ('-0x1f', 0), ('12', 1), ('12', 37), ('', 10), ('  ', 10), ('1 2', 10), ('٣', 10), ('１２', 10), ('12\x00', 10), ('0x', 16), ('0b', 0), ('1e5', 10), ('12.5', 10), ('9' * 30, 10), ('0B1', 0), ('0XfF', 0), ('08', 0), ('-', 10), ('+-1', 10), ('0x_1', 16), ('0_x1', 16), (b'12', 10), (bytearray(b'17'), 8), (b' 0x1f ', 16), (b'\xff', 10)]
for s, b in cases:
    try: print(repr(s), b, int(s, b))
    except Exception as e: print(repr(s), b, type(e).__name__, e)
for x in ['1.5', ' -inf ', 'nan', '-NaN', 'infinity', '1e500', '-1e500', '1_000.5', '1__0.5', '.5', '5.', '.', 'e5', '0x1p3', '1.5j', '١.٥', '  ', '1e', '+1.e+2', '1_e2', b'2.5', bytearray(b'3.5')]:
    try: print(repr(x), float(x))
    except Exception as e: print(repr(x), type(e).__name__, e)

for v in [0.1, 1/3, 2/3, 1e16, 1e17, 123456789012345678.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004, 1e-7, 1.5e-8, 100.0, 1e15, 1e16 + 2, 5e-324, 2.2250738585072014e-308, 4.9406564584124654e-324]:
    print(repr(v), str(v), float(repr(v)) == v, f'{v}', format(v, 'r') if False else '', '%r' % v, '%s' % v)
# Round trips of pseudo-random doubles through repr and str.
state = 12345
bad = 0
for i in range(20000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    bits = state >> 1
    sign = -1.0 if bits & 1 else 1.0
    mantissa = (bits >> 1) % 2**52
    exponent = (bits >> 53) % 2046 - 1022
    value = sign * (1 + mantissa / 2**52) * 2.0**exponent
    if float(repr(value)) != value or float(str(value)) != value:
        bad += 1
print("round-trip failures", bad, repr(value))
print(int(memoryview(b'42')), float(memoryview(b'2.5')), int(b'  7 '), float(bytearray(b'1e3')))
for f in [lambda: int(memoryview(b'12'), 10), lambda: float(b'\xff'), lambda: int(b'1\x002')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
