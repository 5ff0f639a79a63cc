# Random formats (codes, counts, byte orders) unpacked from random bytes and
# packed from assorted values, compared with CPython's _struct.
import _struct as struct, _random
rng = _random.Random(99)
def rint(n): return int(rng.random() * n)
codes = "xcbB?hHiIlLqQnNefdspP"
orders = ["", "@", "=", "<", ">", "!"]
vals = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 2**31, 2**31 - 1, -2**31 - 1, 2**32, 2**63, 2**63 - 1, -2**63, -2**63 - 1, 2**64, 2**64 - 1, 10**30, 1.5, -0.0, 1e300, 65504.0, 65520.0, float("nan"), float("inf"), b"", b"a", b"abcdef", bytearray(b"xy"), "s", True, None]
for case in range(700):
    order = orders[rint(len(orders))]
    fmt = order
    for _ in range(rint(4)):
        n = rint(4)
        fmt += (str(n) if n != 1 else "") + codes[rint(len(codes))]
    if "0p" in fmt and not any(ch.isdigit() for ch in fmt.split("0p")[0][-1:]):
        continue  # CPython 3.11 raises SystemError unpacking a 0p field
    try:
        size = struct.calcsize(fmt)
    except Exception as e:
        print(case, repr(fmt), "calcsize", type(e).__name__, e); continue
    try:
        s = struct.Struct(fmt)
        items = s.unpack(bytes(rint(256) for _ in range(size)))
        print(case, repr(fmt), size, items)
        args = [vals[rint(len(vals))] for _ in range(len(items))]
        packed = s.pack(*args)
        print(case, packed, s.unpack(packed))
    except Exception as e:
        print(case, repr(fmt), type(e).__name__, e)
