# Differential fuzz: format() specs and %-formatting of ints, floats, complexes; int and float methods.
state = 42
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n
specs = ['', 'd', 'x', 'X', 'o', 'b', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'c', 's', 'r']
flags = ['', '+', '-', ' ', '#', '0', ',', '_', '<', '>', '^', '=', '*<', '0>']
out = []
for i in range(6000):
    kind = rnd(4)
    if kind == 0: v = rnd(2000000) - 1000000
    elif kind == 1: v = (rnd(2000000) - 1000000) / (rnd(1000) + 1) * 10 ** (rnd(40) - 20)
    elif kind == 2: v = [float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 1e300, 5e-324, 2**70, -(2**65), True][rnd(10)]
    else: v = complex(rnd(100) - 50, rnd(100) - 50) / (rnd(7) + 1)
    spec = flags[rnd(len(flags))] + flags[rnd(len(flags))] + (str(rnd(20)) if rnd(2) else '') + ('.' + str(rnd(12)) if rnd(2) else '') + specs[rnd(len(specs))]
    try: r = format(v, spec)
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    out.append((repr(v), spec, r))
    pspec = '%' + ['', '-', '+', ' ', '#', '0'][rnd(6)] + (str(rnd(15)) if rnd(2) else '') + ('.' + str(rnd(10)) if rnd(2) else '') + 'dixXoeEfFgGrsa'[rnd(14)]
    try: r = pspec % (v,)
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    out.append((pspec, r))
    try: r = (str(v), repr(v), v.__format__(''), f'{v!a:>5}')
    except Exception as e: r = type(e).__name__
    out.append(r)
    if isinstance(v, float):
        out.append((v.as_integer_ratio() if v == v and abs(v) != float('inf') else None, v.is_integer(), round(v, rnd(6) - 3) if abs(v) != float('inf') and v == v else None, int(v) if abs(v) < 1e300 and v == v else None, v.hex()))
    if isinstance(v, int):
        out.append((v.bit_length(), v.bit_count(), v // 7, v % -7, v ** 2, -v >> 3, v << 5, v & 0xff, v ^ -1, divmod(v, 13), v.to_bytes(16, 'little', signed=True)[:3], hex(v), oct(v), bin(v)[:12]))
for item in out:
    print(repr(item))
