# The combinatoric iterators and zip_longest refill their last result tuple
# when nobody holds it: results kept must stay intact, results dropped may be
# reused, and a reused tuple that the collector stopped tracking must be
# tracked again when containers go in.
import gc
import itertools

kept = list(itertools.product('ab', repeat=2))
print(kept)
seen = [a + b for a, b in itertools.product('xy', 'pq')]
print(seen)
last = None
for t in itertools.permutations(range(3)):
    if last is not None:
        print(last, t, last is t)
    last = t
pairs = itertools.combinations([[1], [2], [3]], 2)
first = next(pairs)
gc.collect()
second = next(pairs)
print(first, second)
walk = itertools.zip_longest([[]], [1, 2, 3], fillvalue={})
for a, b in walk:
    gc.collect()
    print(a, b)
cycle_holder = []
for t in itertools.product([cycle_holder], repeat=2):
    cycle_holder.append(t[0])
    del t
gc.collect()
print(len(cycle_holder))
print([t for t in itertools.combinations_with_replacement('ab', 2)])
print(sum(x for x, y in itertools.zip_longest(range(5), range(2), fillvalue=0)))
