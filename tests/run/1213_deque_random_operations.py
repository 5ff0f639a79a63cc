# Random operations on deque (maxlen bounds, rotate, indexing, insert and
# delete across blocks) and OrderedDict, compared with CPython's.
from _collections import deque, OrderedDict
import _random
rng = _random.Random(7)
def rint(n): return int(rng.random() * n)
for trial in range(120):
    maxlen = [None, 0, 1, 5, 64, 100][rint(6)]
    d = deque(range(rint(200)), maxlen=maxlen)
    log = []
    for step in range(200):
        op = rint(16)
        try:
            if op == 0: d.append(step)
            elif op == 1: d.appendleft(step)
            elif op == 2: log.append(d.pop())
            elif op == 3: log.append(d.popleft())
            elif op == 4: d.extend(range(rint(130)))
            elif op == 5: d.extendleft(range(rint(130)))
            elif op == 6: d.rotate(rint(400) - 200)
            elif op == 7: log.append(d[rint(300) - 150])
            elif op == 8: d[rint(300) - 150] = step
            elif op == 9: del d[rint(300) - 150]
            elif op == 10: d.insert(rint(300) - 150, step)
            elif op == 11: d.remove(rint(100))
            elif op == 12: log.append(d.index(rint(100)))
            elif op == 13: d.reverse()
            elif op == 14: log.append(d.count(rint(50)))
            elif op == 15: d *= rint(3)
        except (IndexError, ValueError) as e:
            log.append(str(e))
    ints = [x for x in log if isinstance(x, int)]
    print(trial, len(d), sum(d), list(d)[:4], list(d)[-4:], len(log), sum(ints), log[-3:])
for trial in range(60):
    od = OrderedDict()
    for step in range(100):
        op = rint(6); k = rint(20)
        try:
            if op == 0: od[k] = step
            elif op == 1: del od[k]
            elif op == 2: od.move_to_end(k, last=bool(rint(2)))
            elif op == 3: od.popitem(last=bool(rint(2)))
            elif op == 4: od.setdefault(k, step)
            elif op == 5: od.pop(k, None)
        except KeyError:
            pass
    print(trial, list(od.items()))
