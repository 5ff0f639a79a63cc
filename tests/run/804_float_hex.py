# float.hex, float.fromhex and float's number-protocol extras.
values = [0.0, -0.0, 1.0, -1.5, 3.14, 1e-310, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
          float("nan"), 0.1, 2.0**-1022, 123456789.123, -2.5e-300]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(h, back == x or (back != back and x != x))

for s in ["1.8p1", "0x1.8p1", " -0X1P-1074 ", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0x1p1024", "0x.8p1", "0x1.p1", "inf", "-Infinity", "nan", "+NaN", "0x", "", "0x1p", "1.", ".",
          "0x1.8p+1_", "0x1_0", "0x1.fffffffffffff8p1023", "0x0p100000000000000000000",
          "0x1p-100000000000000000", "0x" + "f" * 300 + "p-1000", "00000000000000.1p3", "0x1e", "p1",
          "\t0x10\n", "0x1.2.3", "0xg", "-0x0p0", "0x1P+10"]:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as error:
        print(repr(s), type(error).__name__, error)

class F(float):
    pass

print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), type(F(2.5).real).__name__, F(2.5).imag)
print((1.5).real, (1.5).imag, (-2.5).__abs__(), abs(-0.0), (5.5).__divmod__(2), (5.5).__divmod__("a"),
      (5.5).__rdivmod__(2), (2.5).__getnewargs__())
print(float.__getformat__("double"), float.__getformat__("float"))
for call in [lambda: float.__getformat__("x"), lambda: float.__getformat__(1), lambda: (5.5).__divmod__(0),
             lambda: float.fromhex(1), lambda: (1.0).hex(1)]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
