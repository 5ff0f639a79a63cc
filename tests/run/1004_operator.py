# operator (Lib/operator.py over the native _operator): every function, the
# getters as sort keys, reprs.
import operator
import _operator
from operator import itemgetter, attrgetter, methodcaller

print([name for name in dir(_operator) if not name.startswith('__')])
print(operator.itemgetter is _operator.itemgetter, operator.add is _operator.add, operator.__add__ is operator.add)
print(operator.add(1, 2), operator.sub(5, 7), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 100), operator.lshift(1, 70), operator.rshift(-256, 3), operator.and_(12, 10))
print(operator.or_({1}, {2}), operator.xor(12, 10), operator.neg(5), operator.pos(-2.5), operator.inv(5), operator.invert(0))
print(operator.abs(-3), operator.abs(-2.5), operator.index(7), operator.truth([]), operator.not_(0), operator.is_(None, None))
print(operator.is_not(1, None), operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1.0))
print(operator.gt([2], [1, 5]), operator.ge((1,), (1,)), operator.concat([1], [2]), operator.concat('a', 'b'))
print(operator.contains([1, 2], 2), operator.contains('abc', 'd'), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem({'k': 'v'}, 'k'), operator.getitem('hello', slice(1, 3)), operator.length_hint([1, 2, 3]))
print(operator.length_hint(iter(range(10))), operator.length_hint(5), operator.length_hint(5, 9), operator.call(max, 3, 9, key=lambda v: -v))
items = [1, 2, 3]
operator.setitem(items, 0, 'x'); operator.delitem(items, 1); print(items)
values = [1]; print(operator.iadd(values, [2]) is values, values, operator.iconcat([1], (2,)))
x = 5
for name in ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor']:
    print(name, getattr(operator, name)(x, 3), end='; ')
print()
class Matrix:
    def __matmul__(self, other):
        return 'matmul'
    def __imatmul__(self, other):
        return 'imatmul'
print(operator.matmul(Matrix(), 1), operator.imatmul(Matrix(), 1))
print(_operator._compare_digest('abc', 'abc'), _operator._compare_digest(b'abc', b'abd'), _operator._compare_digest(b'a', bytearray(b'a')))
print(_operator._compare_digest('a', 'ab'), _operator._compare_digest(memoryview(b'xy'), b'xy'))

records = [('bob', 3, 'z'), ('alice', 5, 'y'), ('carol', 1, 'x')]
print(sorted(records, key=itemgetter(1)), sorted(records, key=itemgetter(2, 0)))
print(itemgetter(-1)([1, 2, 3]), itemgetter(0)((9,)), itemgetter('a', 'b')({'a': 1, 'b': 2}), itemgetter(slice(2))('hello'))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = self
    def scaled(self, factor, offset=0):
        return (self.x * factor + offset, self.y * factor + offset)
points = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(points, key=attrgetter('x'))], attrgetter('x', 'y')(points[0]), attrgetter('inner.inner.y')(points[1]))
print(methodcaller('scaled', 2)(points[0]), methodcaller('scaled', 2, offset=1)(points[1]), methodcaller('upper')('abc'))
print(list(map(methodcaller('split', ','), ['a,b', 'c'])), methodcaller('count', 'a')('banana'))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('a', 'b.c'), methodcaller('f', 1, k='v'), methodcaller('g'))
print(type(itemgetter(1)), itemgetter.__module__ if hasattr(itemgetter, '__module__') else None)
try:
    itemgetter(5)([1])
except IndexError as error:
    print('IndexError', error)
try:
    attrgetter('x.missing')(points[0])
except AttributeError as error:
    print('AttributeError', error)
print(operator.__doc__.splitlines()[0], _operator.__doc__ == operator.__doc__)
