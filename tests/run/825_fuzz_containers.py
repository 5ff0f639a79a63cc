# Differential fuzz: dict, set and list operations (insertion order, set order under PYTHONHASHSEED=0).
state = 99
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n
keys = [0, 1, -1, 2**40, 'a', 'b', 'abc', 1.5, (1, 2), True, frozenset([1]), b'x', 3.0, -2**70]
out = []
for trial in range(300):
    d, s, l = {}, set(), []
    for step in range(30):
        k = keys[rnd(len(keys))]
        op = rnd(14)
        try:
            if op == 0: d[k] = step
            elif op == 1: r = d.pop(k, None)
            elif op == 2: d.setdefault(k, -step)
            elif op == 3: s.add(k)
            elif op == 4: s.discard(k)
            elif op == 5: l.append(k)
            elif op == 6: l.insert(rnd(5) - 2, k)
            elif op == 7: del d[k]
            elif op == 8: s ^= {k, step}
            elif op == 9: d.update({k: step, step: k})
            elif op == 10: d.popitem()
            elif op == 11: s.pop()
            elif op == 12: l.remove(k)
            elif op == 13: d = {kk: vv for kk, vv in d.items() if kk != k}
        except Exception as e:
            out.append(type(e).__name__ + ':' + repr(e.args))
    out.append((repr(d), repr(s), repr(l), list(d.keys())[:3], list(reversed(d)), sorted(map(repr, s))))
    out.append((d == dict(d.items()), s == set(l) , len(d), len(s), hash(frozenset(s)) if all(not isinstance(x, (set, list, dict)) for x in s) else 0))
    try: out.append(sorted(l, key=repr))
    except Exception as e: out.append(type(e).__name__)
for item in out:
    print(item)
