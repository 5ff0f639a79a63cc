# Differential fuzz: str methods, formatting and str.encode over pseudo-random strings (deterministic LCG).
state = 987654321
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n
alphabet = ['a', 'b', 'A', ' ', '\t', '\n', '1', '_', '.', 'é', 'ß', 'İ', 'ǅ', '\u2028', 'Σ', 'ς', '0', ',', 'x', '\u00a0', '١', 'ﬁ', '-', '+']
def rstr(n):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(n)))
methods0 = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'isalpha', 'isdigit', 'isspace', 'istitle', 'isidentifier', 'isnumeric', 'isdecimal', 'isprintable', 'expandtabs', 'zfill']
out = []
for i in range(3000):
    s = rstr(12)
    t = rstr(3)
    m = methods0[rnd(len(methods0))]
    try:
        if m == 'zfill': r = s.zfill(rnd(15))
        elif m == 'expandtabs': r = s.expandtabs(rnd(9))
        else: r = getattr(s, m)()
    except Exception as e: r = type(e).__name__
    out.append((m, s, r))
    for m2, f in [('find', lambda: s.find(t)), ('rfind', lambda: s.rfind(t, 1)), ('count', lambda: s.count(t)), ('split', lambda: s.split(t or None, rnd(3) - 1)), ('rsplit', lambda: s.rsplit(t or None, rnd(3) - 1)), ('replace', lambda: s.replace(t, 'Z', rnd(4) - 1)), ('partition', lambda: s.partition(t or 'a')), ('rpartition', lambda: s.rpartition(t or 'a')), ('strip', lambda: s.strip(t)), ('center', lambda: s.center(rnd(20), '*')), ('ljust', lambda: s.ljust(rnd(20))), ('startswith', lambda: s.startswith(t, rnd(3))), ('endswith', lambda: s.endswith((t, 'x'), 0, rnd(10))), ('index', lambda: s.index(t)), ('join', lambda: t.join(s)), ('fmt', lambda: '{:>{w}.{p}}|{!r:^9}'.format(s, t, w=rnd(12), p=rnd(5) + 1)), ('pct', lambda: '%-8.3s|%5r|%x' % (s, t, rnd(1000))), ('encode', lambda: s.encode('utf-8')[:5] + s.encode('utf-16-be', 'replace')[:6] + s.encode('ascii', 'xmlcharrefreplace')[:8]), ('bytes', lambda: s.encode().upper().split(b'a')), ('title', lambda: (s + ' ' + t).title()), ('lower', lambda: (s + 'Σ' + t).lower())]:
        try: r = f()
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        out.append((m2, r))
state2 = 0
for item in out:
    print(repr(item))
