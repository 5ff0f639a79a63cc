class N:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return ("round", n)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __floordiv__(self, o): return "fd"
    def __trunc__(self): return 7
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
n = N(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), divmod(n, 2), divmod(2, n), pow(n, 2), pow(n, 2, 5), 2 ** n, n // 1)
print(abs(n), -n, +n, ~n)
class I:
    def __index__(self): return 4
print(int(I()), float(I()) if False else "", complex(1, 2) * 2, int(True), float("  -1.5e3 "))
for bad in ["int('x')", "float('y')", "int(None)", "float([])", "int('1.5')", "complex('1+')", "int(1.5e400)" if False else "int(float('inf'))", "int(float('nan'))"]:
    try: eval(bad)
    except (ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
class A:
    def __pow__(self, o, m=None): return ("A", o, m)
class B:
    def __rpow__(self, o, m=None): return ("B", o, m)
print(pow(A(), 2, 3), A() ** 2, 2 ** B())
for call in [lambda: pow(2, B(), 3), lambda: pow(2, 3, B()), lambda: pow(2.0, 3, 4)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
class IntSub(int):
    def __pow__(self, o, m=None): return ("IntSub", o, m)
print(pow(IntSub(2), 3, 5), pow(2, 3, 5))
