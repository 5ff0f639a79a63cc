# heapq and bisect over the native _heapq and _bisect: every function, the
# heap layouts, comparisons through __lt__ only, errors.
import heapq
import bisect
import _heapq
import _bisect

print(sorted(n for n in dir(_heapq) if not n.startswith('__')), sorted(n for n in dir(_bisect) if not n.startswith('__')))
print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
data = [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
heap = list(data); heapq.heapify(heap); print(heap)
print(heapq.heapreplace(heap, 10), heap, heapq.heappushpop(heap, -1), heapq.heappushpop(heap, 5), heap)
big = [(i * 7919) % 3001 for i in range(3000)]; heapq.heapify(big); print(big[:12], sum(big[::97]))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=True)))
mx = list(data); heapq._heapify_max(mx); print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx)
print(heapq.heappushpop([], 3), heapq.heappop([7]))
class Item:
    compares = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.compares += 1
        return self.v < other.v
    def __repr__(self):
        return 'I%d' % self.v
items = [Item(v) for v in data]
heapq.heapify(items); print(items, Item.compares)
print([heapq.heappop(items) for _ in range(3)], Item.compares)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]; heapq.heapify(pairs); print([heapq.heappop(pairs) for _ in range(4)])
for bad in [lambda: heapq.heappush(1, 2), lambda: heapq.heappush([1]), lambda: heapq.heapify(), lambda: heapq.heapify(1),
            lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq._heappop_max([]),
            lambda: heapq.heappush([], 1, x=2), lambda: heapq._heapify_max((1,)), lambda: heapq.heappush([1], 'a')]:
    try:
        bad()
    except Exception as error:
        print(type(error).__name__, error)

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect(a, 100))
print(bisect.bisect_left(a, 2, 0, None), bisect.bisect_right(a, 8, 3, -1), bisect.bisect_left(a, 4, lo=1, hi=5))
records = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 1); bisect.insort_right(b, 4, 0, 3); print(b)
r = []
for item in [('x', 2), ('y', 1), ('z', 2)]:
    bisect.insort_right(r, item, key=lambda t: t[1])
print(r)
class Seq:
    def __init__(self):
        self.data = [1, 3, 5]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.data.insert(i, x)
s = Seq(); bisect.insort(s, 4); print(s.data, bisect.bisect(s, 2), bisect.bisect_left('acegi', 'd'))
for bad in [lambda: bisect.bisect_left(), lambda: bisect.bisect_left([1]), lambda: bisect.bisect_left([1], 1, -1),
            lambda: bisect.bisect_left(1, 1), lambda: bisect.bisect_right([1, 2], 1, 0, 'a'),
            lambda: bisect.bisect_left([1, 2], 1, lo=None), lambda: bisect.insort_left((1, 2), 1),
            lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10), lambda: bisect.insort_left([1, 2], 1, foo=1),
            lambda: bisect.bisect_left([1, 2], 1, 0, 2, None, 3), lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        print(bad())
    except Exception as error:
        print(type(error).__name__, error)
class Heap(list):
    def insert(self, index, item):
        print('Heap.insert', index, item)
        list.insert(self, index, item)
h = Heap([5, 1, 4]); heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), type(h).__name__)
bisect.insort(h, 3); print(h)
