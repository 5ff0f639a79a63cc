# functools.partial: __reduce__ and __setstate__, as copy and pickle use them.
import _functools, copy
def f(*a, **k): return a, k
p = _functools.partial(f, 1, a=2); p.attr = 3
r = p.__reduce__(); print(r[0].__name__, r[1][0] is f, r[2][1:])
print(copy.copy(p)(), copy.copy(p).attr, copy.deepcopy(p)(5))
q = _functools.partial(f)
print(q.__reduce__()[2][1:])
def t(g):
  try: print(g())
  except Exception as e: print(type(e).__name__, e)
t(lambda: q.__setstate__(1))
t(lambda: q.__setstate__((1,2,3,4)))
t(lambda: q.__setstate__((f,[1],None,None)) or q())
t(lambda: q.__setstate__((f,(1,),{'x':1},{'d':2})) or (q(), q.d))
t(lambda: q.__setstate__((f,(1,),[],None)))
t(lambda: q.__setstate__((f,(1,))))
t(lambda: q.__setstate__((len, ([1, 2],), None, None)) or q())
