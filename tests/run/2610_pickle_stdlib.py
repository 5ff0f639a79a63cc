# Pickles of standard-library values (pure-Python classes over the
# built-in protocol): the bytes CPython writes and the round trip. (Not
# timezone, whose C and Python versions pickle differently, nor enum,
# whose pickling changed within 3.11.)
import collections
import datetime
import decimal
import fractions
import pickle


class Item:
    __slots__ = ("name", "count")

    def __init__(self, name, count=0):
        self.name = name
        self.count = count

    def __eq__(self, other):
        return (self.name, self.count) == (other.name, other.count)

    def __repr__(self):
        return "Item(%r, %r)" % (self.name, self.count)


Pair = collections.namedtuple("Pair", "left right")
values = [
    datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5),
    datetime.time(12, 30), decimal.Decimal("1.25"), fractions.Fraction(3, 4),
    Item("bolt", 3), Pair(1, "b"), collections.Counter("abca"),
    collections.OrderedDict([("z", 1), ("a", 2)]), collections.deque([1, 2], maxlen=3),
    collections.defaultdict(int, {"k": 1}),
]
for value in values:
    for protocol in (2, 4) if isinstance(value, Item) else (0, 2, 4):
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        print(protocol, repr(back), back == value, data)
# datetime's unpickling reads bytes with ord(), which takes one byte.
print(ord(b"a"), ord(bytearray(b"\xff")))
for bad in (b"", b"ab", bytearray()):
    try:
        ord(bad)
    except TypeError as error:
        print(error)
