# The __reduce__ of native modules' types: operator's getters and
# methodcaller, SimpleNamespace, lru_cache wrappers (saved by name),
# StringIO/BytesIO state, array; what cannot be pickled says so.
import array
import copy
import functools
import io
import operator
import pickle
import types


@functools.lru_cache
def cached(x):
    return x * 2


values = [
    operator.itemgetter(1), operator.itemgetter(0, 2), operator.attrgetter("real", "imag.real"),
    operator.methodcaller("upper"), operator.methodcaller("split", ",", maxsplit=1),
    types.SimpleNamespace(a=1, b=[2]), array.array("h", [1, -2]),
]
for value in values:
    for protocol in (0, 2, 4):
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        print(protocol, repr(back), data)
print(operator.methodcaller("split", ",", maxsplit=1).__reduce__()[1])
print(pickle.loads(pickle.dumps(operator.methodcaller("split", ",", maxsplit=1)))("a,b,c"))
print(pickle.dumps(cached, 2), pickle.loads(pickle.dumps(cached))(21), cached.__reduce__())
text = io.StringIO("line\nmore")
text.seek(3)
text.extra = "attr"
for protocol in (2, 4):
    back = pickle.loads(pickle.dumps(text, protocol))
    print(repr(back.getvalue()), back.tell(), back.extra)
data = io.BytesIO(b"bytes")
data.read(2)
back = copy.deepcopy(data)
print(back.getvalue(), back.tell(), back.read())
for bad in (memoryview(b"m"), {}.keys(), type.__dict__):
    for protocol in (0, 2):
        try:
            pickle.dumps(bad, protocol)
        except TypeError as error:
            print(protocol, error)
import itertools

for make in (lambda: itertools.compress("abcd", [1, 0, 1, 1]), lambda: itertools.dropwhile(functools.partial(operator.gt, 3), range(6)),
             lambda: itertools.takewhile(functools.partial(operator.gt, 3), range(6)), lambda: itertools.filterfalse(None, [0, 1, 0, 2]),
             lambda: itertools.starmap(pow, [(2, 3), (3, 2)]), lambda: itertools.repeat("r", 3)):
    it = make()
    next(it)
    print(type(it).__name__, list(copy.copy(it)), list(it), list(pickle.loads(pickle.dumps(make(), 2))))
dropping = itertools.dropwhile(bool, [1, 0, 1])
print(dropping.__reduce__()[2], next(dropping), dropping.__reduce__()[2])
counter = itertools.count(5, 2)
next(counter)
print(next(copy.copy(counter)), next(counter), next(pickle.loads(pickle.dumps(counter))))
for make in (lambda: itertools.chain("ab", [], "cd"), lambda: itertools.chain.from_iterable(["xy", "z"]),
             lambda: itertools.islice("abcdefgh", 1, 7, 2), lambda: itertools.islice(range(10), 3),
             lambda: itertools.islice("abc", 2, None)):
    it = make()
    next(it)
    print(type(it).__name__, list(copy.copy(it)), list(pickle.loads(pickle.dumps(it, 2))), list(it))
    print(list(copy.deepcopy(it)), list(pickle.loads(pickle.dumps(make(), 4))))
finished = itertools.chain("a")
list(finished)
print(finished.__reduce__(), list(copy.copy(finished)))
done = itertools.islice("ab", 1)
list(done)
print(done.__reduce__()[1][1:], done.__reduce__()[2], list(copy.copy(done)))
for state in ((), (1, 2, 3), ([],)):
    try:
        itertools.chain().__setstate__(state)
    except TypeError as error:
        print(error)
for make in (lambda: itertools.zip_longest("ab", "wxyz", fillvalue="-"), lambda: itertools.zip_longest([1], []),
             lambda: itertools.accumulate([1, 2, 3, 4]), lambda: itertools.accumulate([1, 2, 3], operator.mul, initial=10),
             lambda: itertools.accumulate("abc", initial="z")):
    it = make()
    print(type(it).__name__, list(pickle.loads(pickle.dumps(make(), 2))))
    next(it)
    print(list(copy.copy(it)), list(pickle.loads(pickle.dumps(it, 4))), list(it))
long = itertools.zip_longest("a", "bcd", fillvalue=0)
next(long)
next(long)
print(long.__reduce__()[1][0], long.__reduce__()[2], list(copy.copy(long)))
print(itertools.accumulate([5, 6], initial=1).__reduce__()[2])
