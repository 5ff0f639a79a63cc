# Differential fuzz: bytes and bytearray methods and bytearray mutations.
state = 7
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n
alphabet = [b'a', b'B', b' ', b'\t', b'\n', b'1', b'_', b'.', b'\xff', b'\x00', b'x', b'-', b'Z', b'\r']
def rb(n):
    return b''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(n)))
out = []
for i in range(2500):
    s = rb(12)
    t = rb(3)
    for kind in (bytes, bytearray):
        x = kind(s)
        for name, f in [('upper', lambda: x.upper()), ('title', lambda: x.title()), ('swapcase', lambda: x.swapcase()), ('split', lambda: x.split()), ('split2', lambda: x.split(t or None, rnd(3) - 1)), ('rsplit', lambda: x.rsplit(t or None, 1)), ('strip', lambda: x.strip(t or None)), ('splitlines', lambda: x.splitlines(rnd(2))), ('find', lambda: x.find(t, rnd(4))), ('count', lambda: x.count(t)), ('replace', lambda: x.replace(t, b'#', rnd(3) - 1)), ('partition', lambda: x.partition(t or b'a')), ('isalpha', lambda: (x.isalpha(), x.isdigit(), x.isspace(), x.istitle(), x.isupper(), x.isalnum(), x.isascii())), ('center', lambda: x.center(rnd(20), b'*')), ('zfill', lambda: x.zfill(rnd(16))), ('expandtabs', lambda: x.expandtabs(rnd(6))), ('hex', lambda: x.hex(':', rnd(5) - 2) if x else x.hex()), ('decode', lambda: x.decode('utf-8', ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'][rnd(5)])), ('join', lambda: t.join([x, x])), ('repr', lambda: repr(x)), ('idx', lambda: (x[rnd(5) - 2], x[1:rnd(10):rnd(3) + 1])), ('pct', lambda: b'%s|%5b|%x|%c' % (x, t, rnd(300), rnd(256))), ('translate', lambda: x.translate(None, t)), ('cmp', lambda: (x < t, x == s, x + t, x * 2, t in x)), ('startswith', lambda: x.startswith((t, b'a'))), ('fromhex', lambda: kind.fromhex(x.hex(' ')))]:
            try: r = f()
            except Exception as e: r = type(e).__name__ + ':' + str(e)
            out.append((kind.__name__, name, r))
    b = bytearray(s)
    ops = [lambda: b.append(rnd(256)), lambda: b.extend(t), lambda: b.insert(rnd(5) - 2, 65), lambda: b.pop() if b else None, lambda: b.remove(97), lambda: b.reverse(), lambda: b.__setitem__(slice(rnd(4), rnd(6)), t), lambda: b.__delitem__(slice(None, None, 2)), lambda: b.__iadd__(t), lambda: b.__imul__(rnd(3)), lambda: b.__setitem__(rnd(3) - 1, rnd(300))]
    for _ in range(4):
        op = ops[rnd(len(ops))]
        try: r = op()
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        out.append(('ba', r if not isinstance(r, bytearray) else 'self', bytes(b)))
for item in out:
    print(repr(item))
