# The gc module's controls and queries.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(200, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
gc.collect()
print(gc.get_count()[1:])

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

# get_referents: what the collector sees a container refer to.
print(gc.get_referents([1, "a", None]))
print(gc.get_referents({1: "v"}))
print(gc.get_referents((1, 2)))
print(gc.get_referents(1, "s", 2.5))

class A:
    pass

a = A()
a.x = [1]
print(A in gc.get_referents(a), a.x in gc.get_referents(a))
holder = [a]
print(any(r is holder for r in gc.get_referrers(a)))

print(gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.get_debug())

# gc.callbacks are called around each collection.
phases = []
def callback(phase, info):
    phases.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(callback)
gc.collect()
gc.collect(1)
gc.callbacks.remove(callback)
print(phases)

# Collecting one generation.
l = []
l.append(l)
del l
print(gc.collect(0) + gc.collect(1) + gc.collect(2))

# Freezing moves every tracked object to a permanent generation.
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

# is_finalized
class F:
    def __del__(self):
        pass

f = F()
print(gc.is_finalized(f))
f.me = f
saved = f
del f
gc.collect()
print(gc.is_finalized(saved))
