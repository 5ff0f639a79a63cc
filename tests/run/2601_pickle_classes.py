# The pickle protocol of classes: object.__reduce_ex__ through copyreg for
# protocols 0 and 1, copyreg.__newobj__/__newobj_ex__ from 2 on, __dict__
# and __slots__ state, __getnewargs__(_ex__), __getstate__/__setstate__,
# __reduce__ overrides and copyreg registrations.
import copyreg
import pickle


class Plain:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SlotsAndDict(Plain):
    __slots__ = ("s",)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __getnewargs__(self):
        return tuple(self)


class Keyword:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


class Stateful:
    def __init__(self):
        self.secret = 42
        self.cache = "big"

    def __getstate__(self):
        return {"secret": self.secret}

    def __setstate__(self, state):
        self.secret = state["secret"]
        self.cache = None


class Reduced:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Reduced, (self.value * 2,))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Registered:
    def __init__(self, n):
        self.n = n


def reduce_registered(obj):
    return (Registered, (obj.n + 1,))


copyreg.pickle(Registered, reduce_registered)

plain = Plain(3)
slotted = Slotted(1)
mixed = SlotsAndDict(5)
mixed.s = "slot"
my_list = MyList([1, 2])
my_list.tag = "t"
my_dict = MyDict(a=1)
my_dict.flag = True
for protocol in range(6):
    print("protocol", protocol)
    print(" plain", pickle.dumps(plain, protocol), pickle.loads(pickle.dumps(plain, protocol)) == plain)
    if protocol >= 2:
        back = pickle.loads(pickle.dumps(slotted, protocol))
        print(" slots", pickle.dumps(slotted, protocol), back.a, hasattr(back, "b"))
        back = pickle.loads(pickle.dumps(mixed, protocol))
        print(" mixed", back.x, back.s)
        back = pickle.loads(pickle.dumps(Keyword(size=3), protocol))
        print(" keyword", pickle.dumps(Keyword(size=3), protocol), back.size)
    else:
        try:
            pickle.dumps(slotted, protocol)
        except TypeError as error:
            print(" slots", error)
    back = pickle.loads(pickle.dumps(Point(1, 2), protocol))
    print(" point", back, type(back).__name__, pickle.dumps(Point(1, 2), protocol))
    back = pickle.loads(pickle.dumps(Stateful(), protocol))
    print(" stateful", back.secret, back.cache)
    print(" reduced", pickle.loads(pickle.dumps(Reduced(4), protocol)).value)
    back = pickle.loads(pickle.dumps(my_list, protocol))
    print(" list", back, type(back).__name__, back.tag, pickle.dumps(my_list, protocol))
    back = pickle.loads(pickle.dumps(my_dict, protocol))
    print(" dict", back, type(back).__name__, back.flag)
    back = pickle.loads(pickle.dumps(MyInt(7), protocol))
    print(" int", back, type(back).__name__, pickle.dumps(MyInt(7), protocol))
    print(" registered", pickle.loads(pickle.dumps(Registered(1), protocol)).n)
print(object().__reduce_ex__(2)[0].__name__, object().__reduce_ex__(2)[1])
print(Plain(1).__reduce_ex__(1)[0].__name__, Plain(1).__reduce_ex__(1)[1:])
print(Plain(1).__reduce__()[0].__name__, Plain(1).__reduce__()[1:])
print(Slotted(2).__getstate__(), Plain(3).__getstate__(), object().__getstate__())
print(Keyword(size=1).__reduce_ex__(4)[0].__name__, Keyword(size=1).__reduce_ex__(4)[1])

import io
import pickletools

listing = io.StringIO()
pickletools.dis(pickle.dumps([plain, Point(1, 2), {"k": (1, 2.5)}], 2), out=listing)
print(listing.getvalue())
print(pickletools.optimize(pickle.dumps(mixed, 4)))
