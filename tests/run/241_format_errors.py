# format() and __format__: the format-spec errors, with CPython's types
# and messages. Needs try/except (pending).
def check(label, thunk):
    try:
        result = thunk()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "=", "%r" % (result,))


for value in [1, -1, 1.5, "s", True, None, [1]]:
    for spec in ["q", "d", "s", "x", "c", "e", "%", ",x", "_c", ",s", "_s", ",_", "_,", ",,", "+c", "#c",
                 " c", ".2d", ".2x", ".", "5.", "z", "zd", "zs", "z.1f", "+", " ", "#", "=", "0=5", "<=",
                 "99999999999999999999", ".99999999999999999999", "1.2.3", "xx", "n,", ",n", "_n", "#s",
                 "=5s", "\u3000", "é", "10,.2", "😀^5", "\x01", ".2147483648f", "c,", "ñ"]:
        check("format(%r, %r)" % (value, spec), lambda: format(value, spec))
check("format()", lambda: format())
check("format 3", lambda: format(1, "", 3))
check("format kw", lambda: format(1, format_spec=""))
check("format spec int", lambda: format(1, 2))
check("format spec None", lambda: format(1, None))
check("int.__format__ int", lambda: (1).__format__(1))
check("int.__format__()", lambda: (1).__format__())
check("float.__format__ 2", lambda: (1.5).__format__("", ""))
check("str.__format__ None", lambda: "a".__format__(None))
check("object.__format__", lambda: object().__format__("x"))
check("object.__format__ ok", lambda: object.__format__(1, ""))
check("c big", lambda: format(2**70, "c"))
check("c range", lambda: format(0x110000, "c"))
check("c neg", lambda: format(-5, "c"))
check("float big int", lambda: format(10**400, "e"))
check("digits", lambda: format(10**5000, "d"))
check("digits hex ok", lambda: len(format(10**5000, "x")))


class BadFormat:
    def __format__(self, spec):
        return 42


class Raises:
    def __format__(self, spec):
        raise ValueError("custom " + spec)


class NoFormat:
    __format__ = None


check("returns int", lambda: format(BadFormat()))
check("returns int via str.format", lambda: "{}".format(BadFormat()))
check("raises", lambda: format(Raises(), "x"))
check("raises via str.format", lambda: "{:abc}".format(Raises()))
check("object spec", lambda: format(object(), "5"))
check("class spec", lambda: format(int, "x"))
check("empty class", lambda: format(NoFormat()))
