# Pseudo-random differential runs over itertools, heapq, bisect and math:
# every result is folded into one checksum line after a sample.
import itertools as it, heapq, bisect, math
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
out = []
for trial in range(300):
    n = rnd(8)
    data = [rnd(5) for _ in range(n)]
    r = rnd(5)
    out.append(list(it.permutations(data, r)) if r <= n + 1 else None)
    out.append(list(it.combinations(data, r)))
    out.append(list(it.combinations_with_replacement(data[:4], r)))
    out.append(list(it.product(data[:3], repeat=rnd(3))))
    a, b, c = rnd(10), rnd(12), 1 + rnd(3)
    out.append(list(it.islice(range(n * 2), a, b, c)))
    out.append(list(it.islice(iter(data), b)))
    h = list(data) + [rnd(5) for _ in range(rnd(40))]
    heapq.heapify(h); out.append(list(h))
    for _ in range(rnd(10)):
        op = rnd(4)
        if op == 0: heapq.heappush(h, rnd(7))
        elif op == 1 and h: out.append(heapq.heappop(h))
        elif op == 2 and h: out.append(heapq.heapreplace(h, rnd(7)))
        else: out.append(heapq.heappushpop(h, rnd(7)))
    out.append(list(h))
    m = list(h); heapq._heapify_max(m); out.append(m)
    s = sorted(data)
    x = rnd(6)
    out.append((bisect.bisect_left(s, x), bisect.bisect_right(s, x), bisect.bisect(s, x, min(rnd(3), len(s)), min(rnd(9), len(s)))))
    bisect.insort_left(s, x); bisect.insort_right(s, x, key=lambda v: -v if False else v); out.append(s)
    out.append([(k, list(g)) for k, g in it.groupby(data)])
    out.append(list(it.accumulate(data, initial=rnd(3) or None)))
    out.append(list(it.zip_longest(data, data[:rnd(5)], fillvalue=-1)))
    out.append(list(it.pairwise(data)))
    xs = [rnd(1000) / (1 + rnd(50)) * (-1) ** rnd(2) for _ in range(rnd(8))]
    out.append((math.fsum(xs), math.hypot(*xs), math.prod(xs), math.dist(xs, xs[::-1])))
    y = rnd(2000) / 7 - 100
    for f in (math.gamma, math.lgamma, math.erf, math.exp, math.log1p, math.atan):
        try: out.append(f(y))
        except (ValueError, OverflowError) as e: out.append(str(e))
    out.append((math.comb(rnd(60), rnd(30)), math.perm(rnd(40), rnd(10)), math.isqrt(rnd(10**9) * rnd(10**9)), math.log(rnd(10**6) + 1, 1 + rnd(9) + 1)))
print(len(out))
print(hash(repr(out)) if False else repr(out)[:200])
import sys; sys.stdout.write(str(sum(map(ord, repr(out)))) + "\n")
