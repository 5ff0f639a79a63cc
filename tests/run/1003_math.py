# math: every function and constant of CPython 3.11, values printed exactly.
import math

print([name for name in dir(math) if not name.startswith('__')])
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
values = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -2.5, 10.0, 1e-300, 1e300]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp',
             'exp2', 'expm1', 'fabs', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt',
             'tan', 'tanh', 'degrees', 'radians', 'ulp']:
    results = []
    for x in values:
        try:
            results.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as error:
            results.append(type(error).__name__)
    print(name, ' '.join(results))
for x in [0.1, 0.5, 1.5, 5.5, 20.5, -0.5, -1.5, -20.25, 100.3, 170.6, 171.7, -171.5, 1e-25, 300.0]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except (ValueError, OverflowError) as error:
            print(f.__name__, x, type(error).__name__, error)
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(10**30), math.ceil(-10**30), math.trunc(True), type(math.floor(5)), math.floor(1e20))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(math.inf), math.modf(3.25), math.modf(-math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(1.0, -10**30), math.ldexp(-0.0, 10**30))
print(math.copysign(3, -0.0), math.atan2(1, -1), math.atan2(-0.0, -1.0), math.fmod(7, -3), math.fmod(-7.5, 2))
print(math.fmod(3.0, math.inf), math.remainder(7, 4), math.remainder(-7, 4), math.remainder(5, 2), math.remainder(3, 2))
print(math.pow(2, 10), math.pow(-2, 3), math.pow(math.inf, -3), math.pow(-math.inf, 3), math.pow(0.5, math.inf))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf), math.pow(2, -math.inf), math.pow(-0.0, 3))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e308))
print(math.ulp(math.inf), math.ulp(-0.0), math.ulp(5e-324))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**500, 10), math.log2(2**2000), math.log10(10**400 * 7))
print(math.log(1e-300), math.log(7), math.log2(3), math.log10(1000), math.log(3, 0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum(range(10)))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1.7976931348623157e308, -1e308, 1e308 * 0.5]))
print(math.hypot(3, 4), math.hypot(), math.hypot(-7), math.hypot(1, 2, 3), math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.1, 0.2, 0.3, 0.4, 0.5))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], (1, 1, 1)), math.dist((), ()), math.dist(iter([1]), iter([5])))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)), math.prod([[1]], start=2))
print(math.prod(['ab'], start=3), math.prod([1, 2], start=0.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print([math.factorial(n) for n in range(12)], math.factorial(30), len(str(math.factorial(1000))))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3))
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.comb(10**20, 2), math.comb(True, True))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(30, 20), math.perm(10**20, 2), math.perm(4, None))
print(math.sqrt(2), math.sqrt(10**30), math.exp(1), math.cos(math.pi), math.sin(math.pi / 6), math.tan(math.pi / 4))
print(math.erf(0.5), math.erfc(3), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(-27), math.exp2(0.5))
print(math.degrees(math.pi), math.radians(180), math.acosh(1), math.asinh(-1), math.atanh(0.5))
class Real:
    def __float__(self):
        return 2.25
class Index:
    def __index__(self):
        return 9
print(math.sqrt(Real()), math.sqrt(Index()), math.gcd(Index(), 6), math.isqrt(Index()), math.factorial(Index()))
class Rounded:
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
print(math.trunc(Rounded()), math.floor(Rounded()), math.ceil(Rounded()), math.floor(Real()), math.ceil(Real()))
class FloatSub(float):
    def __floor__(self):
        return 'sub floor'
print(math.floor(FloatSub(2.5)), math.sqrt(FloatSub(6.25)), math.trunc(FloatSub(-3.5)))
print(math.perm(10**18, 2), math.perm(10**30, 3), math.perm(2**64 - 1, 1), math.perm(200, 150) % 10**20, math.comb(10**18, 3))
# gcd's fast path at the edges of the small int range.
print(math.gcd(-(2**62), 2**61), math.gcd(-(2**62), -(2**62)), math.gcd(0, -5), math.gcd(-4611686018427387904, 0))
