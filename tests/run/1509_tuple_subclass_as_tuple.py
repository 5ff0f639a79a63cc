# A tuple subclass serves wherever CPython takes a tuple (PyTuple_Check): %-formatting, concatenation, startswith, item views.
import itertools
print(sum(itertools.islice(itertools.count(), 10)))
def t(f):
    return f()
print(t(lambda: 5))
print(t(lambda: sum(itertools.islice(itertools.count(), 10))))
