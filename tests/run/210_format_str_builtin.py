# format() of strs, and format() of other objects through __format__.
for s in ["", "a", "abc", "hello world", "日本語", "😀x"]:
    for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "10.3", "->8.1s", "日<6",
                 "😀^5", "0", "05", "<05", "3.5s", "=^3", "20"]:
        print("%r %r %r" % (s, spec, format(s, spec)))
print(format(None), format(None, ""), format([1, 2]), format((1, "a")), format(str), format(print))


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        return "$" + format(self.amount, spec or ".2f")

    def __str__(self):
        return "Money!"


m = Money(3.5)
print(format(m), format(m, ".1f"), format(m, ">10.3f"), "{}".format(m), "{:.0f}".format(m), "{!s:>8}".format(m))


class Plain:
    def __str__(self):
        return "plain"


print(format(Plain()), format(Plain(), ""), "{}|{:}".format(Plain(), Plain()))
print("%r" % format(True), format(False, ""), format(True, "^7"), format(True, "d"), format(1 == 1, "x"))
