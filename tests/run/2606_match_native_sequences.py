# Structural pattern matching on native sequences and mappings
# (Py_TPFLAGS_SEQUENCE / MAPPING): deque and array are sequences, the
# dict types mappings; collections.abc registration and subclassing pass
# the flags on, as CPython's _abc does.
import array
import collections
import collections.abc


def describe(subject):
    match subject:
        case {"a": value}:
            return ("mapping", value)
        case [first, second]:
            return ("pair", first, second)
        case [first, *rest]:
            return ("sequence", first, rest)
        case _:
            return "other"


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return [5, 6][index]


class RegisteredChild(Registered):
    pass


class LookUp:
    def __getitem__(self, key):
        return 9

    def __len__(self):
        return 1

    def get(self, key, default=None):
        return 7 if key == "a" else default

    def keys(self):
        return ["a"]


class Deriving(collections.deque):
    pass


class DerivingArray(array.array):
    pass


class DictChild(collections.OrderedDict):
    pass


print(describe(RegisteredChild()))  # before registration: not a sequence
collections.abc.Sequence.register(Registered)
collections.abc.Mapping.register(LookUp)
subjects = [
    collections.deque([1, 2]), collections.deque([1, 2, 3]), array.array("i", [4, 5]), Deriving([7, 8]),
    DerivingArray("b", [1, 2, 3]), collections.OrderedDict(a=1), collections.defaultdict(int, a=2), DictChild(a=3),
    collections.UserList([1, 2]), collections.UserDict(a=3), Registered(), RegisteredChild(), LookUp(),
    memoryview(b"ab"), range(2), "ab", b"ab", bytearray(b"ab"), {"a": 4}.keys(), [1, 2], (1, 2), {"a": 5},
]
for subject in subjects:
    print(type(subject).__name__, describe(subject))
flags = 1 << 5 | 1 << 6
for cls in (collections.deque, array.array, Deriving, DerivingArray, collections.OrderedDict, Registered,
            RegisteredChild, LookUp, collections.UserList, collections.UserDict, list, dict, str):
    print(cls.__name__, cls.__flags__ & flags)
