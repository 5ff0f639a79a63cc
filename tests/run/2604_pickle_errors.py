# The errors of the pickle protocol: objects that cannot be pickled, bad
# __getnewargs__ results, __slots__ before protocol 2.
import copy
import pickle
import sys


def attempt(label, function, *args):
    try:
        function(*args)
        print(label, "ok")
    except Exception as error:
        print(label, type(error).__name__, error)


def generator():
    yield 1


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return (1, 2, 3)


class BadNewArgsExFirst:
    def __getnewargs_ex__(self):
        return ([], {})


class BadNewArgsExSecond:
    def __getnewargs_ex__(self):
        return ((), [])


class Slotted:
    __slots__ = ("a",)


class BadSlotNames:
    __slotnames__ = "a"


for protocol in (0, 2, 4):
    attempt("generator %d" % protocol, pickle.dumps, generator(), protocol)
    attempt("module %d" % protocol, pickle.dumps, sys, protocol)
    attempt("slots %d" % protocol, pickle.dumps, Slotted(), protocol)
    attempt("property %d" % protocol, pickle.dumps, property(), protocol)
for cls in (BadNewArgs, BadNewArgsEx, BadNewArgsExFirst, BadNewArgsExSecond):
    attempt(cls.__name__, pickle.dumps, cls(), 2)
    attempt(cls.__name__ + " copy", copy.copy, cls())
attempt("slotnames", pickle.dumps, BadSlotNames(), 2)
attempt("generator copy", copy.copy, generator())
attempt("reduce_ex args", object().__reduce_ex__)
attempt("reduce_ex type", object().__reduce_ex__, "2")
attempt("reduce args", object().__reduce__, 1)
