# A tuple subclass serves wherever CPython takes a tuple (PyTuple_Check):
# %-formatting, concatenation, startswith, item views.
class T(tuple): pass
t = T((1, 2))
print('(%r, %r)' % t, b'%d-%d' % t)
print((0,) + t, 'abc'.startswith(T(('x', 'a'))), b'abc'.endswith(T((b'c',))))
print(('a', 1) in {'a': 1}.items(), T(('a', 1)) in {'a': 1}.items())
