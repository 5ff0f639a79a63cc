import os, os.path as p, a.b.c
from collections import OrderedDict as OD, deque
x = 1
y: int
z: str = "s"
(w): int = 2
(v): int
del x
print(x, y, undefined)
for i, (j, *k) in pairs:
    pass
with open("f") as (fh, gh), other() as ih:
    pass
a.attr = 1
b[0] = 2
q += 1
