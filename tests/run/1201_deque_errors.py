# deque's errors, as CPython's messages word them.
from _collections import deque


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


d = deque([1, 2, 3])
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: d[5])
attempt(lambda: d[-4])
attempt(lambda: d.index(9))
attempt(lambda: d.index(1, 1))
attempt(lambda: d.remove(9))
attempt(lambda: deque([1], 1).insert(0, 2))
attempt(lambda: d + [1])
attempt(lambda: d[1:2])
attempt(lambda: d["a"])
attempt(lambda: d[10**30])
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen="a"))
attempt(lambda: deque(maxlen=10**30))
attempt(lambda: d < [1])
attempt(lambda: d.rotate("a"))
attempt(lambda: d * "a")
attempt(lambda: deque(1))
attempt(lambda: deque([], 2, 3))
attempt(lambda: deque(x=1))
attempt(lambda: hash(d))
attempt(lambda: d.index(1, "a"))
attempt(lambda: d.count())
attempt(lambda: d.append())
attempt(lambda: d.rotate(1, 2))


def mutate_during(method):
    q = deque(range(5))
    it = iter(q)
    next(it)
    method(q)
    attempt(lambda: next(it))


mutate_during(lambda q: q.append(9))
mutate_during(lambda q: q.popleft())
mutate_during(lambda q: q.rotate(1))
mutate_during(lambda q: q.clear())
mutate_during(lambda q: q.__setitem__(0, 9))


class Mutator:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False


q = deque([1, 2, 3])
attempt(lambda: q.count(Mutator(q)))
q = deque([1, 2, 3])
attempt(lambda: Mutator(q) in q)
q = deque([1, 2, 3])
attempt(lambda: q.index(Mutator(q)))
q = deque([1, 2, 3])
attempt(lambda: q.remove(Mutator(q)))
