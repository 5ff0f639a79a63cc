# Differential fuzz: UTF-16/UTF-32/UTF-8 decoding of random bytes under every error handler, encode round trips,
# memoryview casts and slices, ranges with big bounds.
state = 2024
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n
pool = [0x00, 0xd8, 0xdc, 0xff, 0xfe, 0x41, 0x3d, 0xde, 0x11, 0x10, 0x80, 0xed, 0xa0, 0xc3, 0xe2, 0x82]
out = []
for i in range(1500):
    data = bytes(pool[rnd(len(pool))] for _ in range(rnd(12)))
    encoding = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8", "latin-1", "ascii"][rnd(9)]
    errors = ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"][rnd(5)]
    try:
        text = data.decode(encoding, errors)
        out.append((encoding, errors, data, ascii(text)))
        try:
            out.append(text.encode(encoding, ["strict", "surrogatepass", "replace", "backslashreplace"][rnd(4)]))
        except UnicodeEncodeError as error:
            out.append(("E", str(error)))
    except UnicodeDecodeError as error:
        out.append((encoding, errors, data, "D", str(error), error.start, error.end))
for i in range(800):
    buffer = bytearray(bytes(rnd(256) for _ in range(16)))
    view = memoryview(buffer)
    fmt = "BbchHiIqQfd?"[rnd(12)]
    try:
        cast = view.cast(fmt)
        part = cast[rnd(4) - 2::rnd(3) + 1]
        values = part.tolist()
        out.append((fmt, [round(v, 3) if isinstance(v, float) and v == v else (None if isinstance(v, float) else v) for v in values], part.nbytes, part.strides, part.contiguous))
        index = rnd(len(cast)) if len(cast) else 0
        if len(cast):
            item = cast[index]
            cast[index] = item
            out.append(bytes(buffer) == bytes(view))
    except Exception as error:
        out.append((fmt, type(error).__name__, str(error)))
for i in range(800):
    start = rnd(2**70) - 2**69 if rnd(2) else rnd(40) - 20
    stop = rnd(2**70) - 2**69 if rnd(2) else rnd(40) - 20
    step = (rnd(2**66) + 1) * (1 if rnd(2) else -1) if rnd(2) else (rnd(7) + 1) * (1 if rnd(2) else -1)
    r = range(start, stop, step)
    try:
        length = len(r)
    except OverflowError:
        length = "big"
    probe = start + step * rnd(5)
    sl = r[rnd(9) - 4:rnd(9) - 4:(rnd(5) + 1) * (1 if rnd(2) else -1)]
    out.append((repr(r), bool(r), length, probe in r, r.count(probe), sl, r == range(start, stop, step), hash(r) == hash(range(start, stop, step))))
    if r:
        out.append((r[0], r[-1], r.index(r[0]), list(reversed(r[:3]))))
for item in out:
    print(item)
