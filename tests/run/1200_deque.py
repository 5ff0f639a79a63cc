# _collections.deque: the block list's ends, indexing across blocks,
# rotate, search methods, copy, maxlen trimming, + and *, repr.
from _collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], d[1])
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend(range(200))
d.extendleft("abc")
print(len(d), d[0], d[-1], d[100], d[-100])
d.rotate(3)
print(d[0], d[1], d[2], d[-1])
d.rotate(-5)
print(d[0], d[1], d[2], d[-1])
d.rotate(1000)
print(d[0], d[-1])
print(d.index(50), d.count(7), 7 in d, 1000 in d, d.index(7, 5), d.index(7, -200, -1))
d.remove(50)
print(d.index(51), len(d))
del d[10]
print(d[10], len(d))
d[5] = "x"
print(d[5])
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(10**6, "end")
d.insert(-10**6, "start")
print(d[0], d[3], d[-1], d[-3], d.index("ins"))
d.reverse()
print(d[0], d[-1], d[3])
e = d.copy()
print(e == d, e is d, type(e).__name__, len(e))
d.clear()
print(d, bool(d), len(d))

# Popping across block boundaries from both ends.
q = deque()
for i in range(300):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
while len(q) > 1:
    q.pop()
    if q:
        q.popleft()
print(q)

m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.appendleft(-1)
print(m)
m.extend([7, 8])
m.extendleft([100])
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)

print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque([7]), deque([1]) * 0)
x = deque([1])
x += [2, 3]
x *= 2
print(x)
x += x
print(x)
x.extend(x)
print(len(x))
b = deque(range(10), maxlen=4)
b *= 3
print(b)
b = deque(range(3), maxlen=7)
b *= 3
print(b)

r = deque()
r.append(r)
print(r)
r2 = deque([1, 2], maxlen=3)
r2.append([r2])
print(r2)

print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque([1, 2]) != deque([1, 2, 3]), deque() <= deque(), deque("ab") > deque("a"))
print(list(reversed(deque(range(150))))[:3], sum(deque(range(1000))), max(deque([3, 9, 2])))
print(list(iter(deque("xyz"))), list(reversed(deque())))
it = iter(deque(range(100)))
next(it)
print(it.__length_hint__())
