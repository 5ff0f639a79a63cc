# Generators in reference cycles: collected, and their finally blocks run
# (the generator is closed) when the collector finds them.
import gc

def counter(log):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        log.append("closed")

def make_cycle(log):
    g = counter(log)
    holder = [g]
    g.holder = None if False else holder  # generators have no attributes
    return holder

log = []
def scenario_one():
    g = counter(log)
    next(g)
    cycle = [g]
    cycle.append(cycle)

try:
    make_cycle(log)
except AttributeError as error:
    print("AttributeError:", error)

scenario_one()
print(log)
print("collected", gc.collect() > 0)
print(log)

# A generator whose frame refers to the generator itself.
def selfish():
    me = yield
    while True:
        yield me

def scenario_two():
    g = selfish()
    next(g)
    g.send(g)
    return None

scenario_two()
print("self-referencing generator collected", gc.collect())

# A generator suspended inside a with block: __exit__ runs when collected.
class Context:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

def in_context(box):
    with Context():
        yield box

def scenario_three():
    box = []
    g = in_context(box)
    box.append(g)
    next(g)

scenario_three()
print("before collect")
gc.collect()
print("after collect")

# A finished generator in a cycle has nothing to run.
def short():
    yield 1

def scenario_four():
    g = short()
    list(g)
    holder = [g]
    holder.append(holder)

scenario_four()
print("finished generator cycle", gc.collect())
