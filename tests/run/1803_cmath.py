# cmath: every function on a grid of ordinary, tiny, huge and special
# values (signed zeros, infinities, NaNs), compared with CPython's results
# bit for bit (repr) and its errors.
import cmath

inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -3.75, 1e-310, -1e-310, 1e-20, 1e300, -1e300, 1.7e308, 710.0, -710.0,
         inf, -inf, nan]
values = [complex(x, y) for x in parts for y in parts]

def result(f, *args):
    try:
        value = f(*args)
    except (ValueError, OverflowError) as error:
        return type(error).__name__
    return repr(value)

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh',
         'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    print(name, ' '.join(result(f, z) for z in values))
for x in parts:
    print('rect', x, ' '.join(result(cmath.rect, x, phi) for phi in parts))
for base in [2, 10, 0.5, 1j, -1, 0, 1, 1e300, nan]:
    print('log base', base, ' '.join(result(cmath.log, z, base) for z in values[::7]))

# arguments: ints, floats, __complex__, __float__, __index__
class WithComplex:
    def __complex__(self):
        return 1 + 2j

class WithFloat:
    def __float__(self):
        return 0.25

class WithIndex:
    def __index__(self):
        return 3

for argument in [1, True, 2.5, 10**20, WithComplex(), WithFloat(), WithIndex()]:
    print(cmath.sqrt(argument), cmath.tanh(argument), cmath.phase(argument))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), complex(-inf, 0)), cmath.isclose(nan, nan))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for call in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(),
             lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.rect('a', 1), lambda: cmath.exp(10**400),
             lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 1, rel_tol=-1),
             lambda: cmath.phase(z=1), lambda: cmath.log(1, 'b')]:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)
print([name for name in dir(cmath) if not name.startswith('__')])
