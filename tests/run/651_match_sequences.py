# Sequence patterns: only list, tuple, range and their subclasses are
# sequences (not str, bytes, bytearray); star captures; unpacking versus
# indexing with len() for a `*_`, as CPython 3.11 compiles them.
# sequence patterns
def seq(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case [1, 2, *rest]:
            return ("starts 1 2", rest)
        case [*init, 9]:
            return ("ends 9", init)
        case [first, *_, last] if first == last:
            return ("same ends", first)
        case [[a, b], [c, d]]:
            return ("matrix", a, b, c, d)
        case (a, b):
            return ("pair", a, b)
        case [a, *mid, b, c]:
            return ("long", a, mid, b, c)
        case _:
            return "no"

for v in [[], (), [5], (5,), range(1), [1, 2], [1, 2, 3, 4], (1, 2, 3), [4, 9], [1, 8, 9], [7, 0, 7],
          [[1, 2], [3, 4]], ((1, 2), (3, 4)), (3, 4), [1, 2, 3, 4, 5], "ab", b"ab", bytearray(b"ab"), {1, 2},
          {1: 2, 3: 4}, "a", "abcde"]:
    print(repr(v), seq(v))

# star captures are lists, whatever the sequence
match (1, 2, 3):
    case (a, *b):
        print(a, b, type(b).__name__)
match range(6):
    case [a, *b, c]:
        print(a, b, c)

# subclasses of list/tuple/range count; str/bytes do not
class MyList(list):
    pass
class MyTuple(tuple):
    pass
match MyList([1, 2]):
    case [a, b]:
        print("mylist", a, b)
match MyTuple((1, 2, 3)):
    case (a, *rest):
        print("mytuple", a, rest)
class MyStr(str):
    pass
match MyStr("ab"):
    case [a, b]:
        print("mystr as sequence?!")
    case _:
        print("mystr not a sequence")

# how items are read: unpacking iterates, a *_ pattern indexes with len()
class Logged(list):
    def __len__(self):
        print("  len()")
        return super().__len__()
    def __getitem__(self, index):
        print("  getitem", index)
        return super().__getitem__(index)
    def __iter__(self):
        print("  iter()")
        return super().__iter__()

log = Logged([10, 20, 30, 40])
match log:
    case [a, b, c, d]:
        print("unpacked", a, b, c, d)
match log:
    case [a, *_, z]:
        print("indexed", a, z)
match log:
    case [_, b, *_]:
        print("indexed", b)
match log:
    case [*_]:
        print("only wildcards")
match log:
    case [a, *rest]:
        print("unpacked star", a, rest)
match log:
    case [_, _, _]:
        print("three")
    case [_, _, _, _, _, *_]:
        print("at least five")
    case _:
        print("neither")

# nested patterns with captures
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)

match [(1, "one"), (2, "two")]:
    case [(n1, s1), (n2, s2)] if n1 < n2:
        print(s1, s2)
