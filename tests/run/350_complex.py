# complex: literals, repr, the constructor, arithmetic both ways, equality,
# hash, attributes and methods, as CPython 3.11.
nan = float("nan")
inf = float("inf")
print(1j, 2.5j, 1e300j, 0j, 1 + 2j, -1j, -0.0 - 1j, 3 - 0j)
print(complex(1, nan), complex(1, -nan), complex(inf, -inf), complex(nan, 1), complex(-0.0, 0.0), complex(0, -0.0))
print(complex(1e16, 1e-5), complex(0.1, 0.2), complex(123456789012345678, 1.5))
print(complex(), complex(1), complex(1, 2), complex(2.5), complex(True), complex(True, False))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=1, imag=2), complex(imag=2), complex(1 + 2j))
for text in ["1+2j", " ( 1+2j ) ", "1+j", "-j", "j", "1e5j", "inf+nanj", "1.5e-3-2.5E+2J", "+1.5", ".5j", "5.j",
             "1_000.5+2_0j", "infinityj", "-infj", "nan", "\u0661+\u0662j", " 7 ", "(3)", "-1.5-INFj"]:
    print(repr(text), complex(text))

class WithComplex:
    def __complex__(self):
        return 3 + 4j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))

a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0, a ** 0.5, a ** b, b ** 100, a ** 101)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, a ** 2.0, 2 ** a, 2.0 ** a)
print(True + a, a * False, 1j * 1j, 1j ** 2, (1 + 1j) ** -3, 0j ** 0, 0j ** 2, pow(2j, 3), pow(1j, 1j))
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, (-1.5) ** 2.5, 2 ** (0.5 + 0j), (1e200 + 1e200j) ** 2)
x = 1j
x += 1
x *= 2
x /= 4j
x **= 2
print(x)
print(-a, +a, abs(3 + 4j), abs(-5j), abs(complex(inf, nan)), abs(complex(nan, 1)), abs(0j))
print(a.real, a.imag, a.conjugate(), (5j).conjugate(), a.__complex__(), a.__getnewargs__())
print(a == a, a == 1 + 2j, a != b, complex(1) == 1, 1 == complex(1), complex(1) == 1.0, 1.0 == complex(1))
print(1j == 1, complex(2 ** 53 + 1) == 2 ** 53 + 1, complex(1.5) != 1.5, complex(nan) == complex(nan), a == "a")
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan)))
print(hash(1 + 2j), hash(1j), hash(complex(5)), hash(5), hash(complex(-1, 0)), hash(complex(inf, 1)), hash(-2j))
print(hash(complex(0.5, 0.25)) == hash(complex(0.5, 0.25)), {1j: 1, complex(1): 2, 1: 3}, 1j in [1j], 2j in set([2j]))
print(sum([1j, 2j, 3]), str(1 + 2j), repr(-0j), type(1j), type(1j).__name__, complex.conjugate(4 + 4j))
print(pow(1 + 1j, 2), divmod(7, 2), max([abs(1j), abs(2j)]))
