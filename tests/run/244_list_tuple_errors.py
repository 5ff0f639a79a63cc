# list and tuple methods: argument errors and ValueError/IndexError, with
# CPython's messages. Needs try/except (pending).
def check(label, thunk):
    try:
        result = thunk()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "=", "%r" % (result,))


check("append()", lambda: [].append())
check("append 2", lambda: [].append(1, 2))
check("append kw", lambda: [].append(x=1))
check("extend()", lambda: [].extend())
check("extend int", lambda: [].extend(1))
check("extend None", lambda: [].extend(None))
check("insert 1", lambda: [].insert(1))
check("insert str", lambda: [].insert("0", 1))
check("insert float", lambda: [].insert(0.0, 1))
check("insert huge", lambda: [].insert(2**100, 1))
check("pop empty", lambda: [].pop())
check("pop empty index", lambda: [].pop(0))
check("pop range", lambda: [1].pop(1))
check("pop neg range", lambda: [1].pop(-2))
check("pop str", lambda: [1].pop("0"))
check("pop 2", lambda: [1].pop(0, 1))
check("pop huge", lambda: [1].pop(2**100))
check("remove()", lambda: [].remove())
check("remove missing", lambda: [1, 2].remove(3))
check("index()", lambda: [].index())
check("index missing", lambda: [1, 2].index(3))
check("index missing str", lambda: [1, 2].index("three"))
check("index missing list", lambda: [1, 2].index([3]))
check("index range", lambda: [1, 2].index(1, 1))
check("index start str", lambda: [1].index(1, "0"))
check("index start None", lambda: [1].index(1, None))
check("index stop float", lambda: [1].index(1, 0, 1.0))
check("index 4", lambda: [1].index(1, 0, 1, 2))
check("index kw", lambda: [1].index(1, start=0))
check("count()", lambda: [].count())
check("reverse 1", lambda: [].reverse(1))
check("copy kw", lambda: [].copy(x=1))
check("clear 1", lambda: [].clear(1))
check("sort positional", lambda: [].sort(1))
check("sort 3", lambda: [].sort(1, 2, 3))
check("sort kw", lambda: [].sort(cmp=None))
check("sort key int", lambda: [1, 2].sort(key=1))
check("sort reverse None", lambda: [1, 2].sort(reverse=None))
check("sort reverse float", lambda: [1, 2].sort(reverse=0.5))
check("sort mixed", lambda: [1, "a", 2].sort())
check("sort key raises", lambda: [1, 0].sort(key=lambda x: 1 / x))
check("sort single mixed ok", lambda: ["a"].sort() or "fine")
check("sort None", lambda: [None, None].sort())
check("sort dicts", lambda: [{}, {}].sort())
check("tuple index missing", lambda: (1, 2).index(3))
check("tuple index()", lambda: ().index())
check("tuple index kw", lambda: (1,).index(1, stop=1))
check("tuple count()", lambda: ().count())
check("tuple count 2", lambda: ().count(1, 2))
a = [3, 1, 2]


def key(x):
    a.append(x)
    return x


check("sort modified", lambda: a.sort(key=key))
print(a)
b = [5, 4, 3, 2, 1]
check("sort key raises midway", lambda: b.sort(key=lambda x: 1 / (x - 3)))
print(b)
c = [1, 2, 3]


class Eq:
    def __eq__(self, other):
        c.clear()
        return False


check("remove mutating", lambda: c.remove(Eq()))
print(c)
