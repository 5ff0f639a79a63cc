# deque subclasses: attributes, repr with the class name, copy through the
# class, __reduce__, generic alias, and reference cycles through deques.
import gc
from _collections import deque


class Queue(deque):
    def push(self, item):
        self.append(item)
        return self


q = Queue([1, 2], maxlen=5)
q.label = "mine"
q.push(3).push(4)
print(q, q.label, len(q), isinstance(q, deque))
c = q.copy()
print(c, type(c).__name__, c.maxlen)
reduced = q.__reduce__()
print(reduced[0].__name__, reduced[1], reduced[2], list(reduced[3]))
print(deque([1]).__reduce__()[:3])
print(deque[int], deque.__name__, deque.__module__, Queue.__mro__[1].__name__)


class Loud(deque):
    pass


for _ in range(3):
    a = Loud()
    b = Loud([a])
    a.append(b)
    a.me = a
del a, b
print(gc.collect() >= 6)

import copy
original = deque([[1], [2]], maxlen=4)
shallow = copy.copy(original)
print(shallow, shallow[0] is original[0])
