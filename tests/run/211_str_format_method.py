# str.format and str.format_map: auto and manual numbering, keywords,
# attributes and items, conversions, nested specs, escaped braces.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"), "{2}".format(0, 1, 2))
print("{name} is {age}".format(name="Bob", age=42), "{0} {x}".format(1, x=2), "{x}{}{y}".format(0, x=1, y=2))
print("{{}} {{{}}} {{x}} }} {{".format(5), "{{{0}}}".format("in"), "{{".format(), "}}".format())
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{!a}".format(["😀"]))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{:*^{}}".format("w", 9), "{:{}{}}".format(3, ">", 6))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{w}.{p}}".format(2/3, w=8, p=3), "{:{}}".format("x", "^5"))
print("{0[0]} {0[1]} {1[2]}".format([10, 20], "abc"), "{0[key]}".format({"key": "v"}), "{d[a]}".format(d={"a": 1}))
print("{0[1][0]}".format([0, ["nested"]]), "{0[-1]}".format({"-1": "minus"}), "{[0]}".format((5,)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}{p.y}".format(p=p), "{.x}".format(p), "{0.x:>5}".format(p))
print("{:d} {:x} {:,} {:.2%} {:e}".format(255, 255, 1234567, 0.25, 12345.678))
print("{0}{0}{0}".format("ab"), "".format(), "plain".format(1, 2, x=3), "日{}本".format("😀"))
print("{0:{fill}{align}16}".format("text", fill="*", align="^"), "{:>{}}".format("r", 4))
print("{:0>5} {:_<4} {:=+6}".format(7, "a", -3), "{:#x} {:#o} {:#b}".format(255, 8, 5))
print("{!s:^9}".format([1]), "{!r:>6}".format(1.5), "{0!s}{0!r}".format("q"))
print("Hello, {}!".format("世界"), "{:😀^7}".format("x"), "{:c}".format(0x1F600))
print("a{}b{}c".format("", ""), "{0:}".format(5), "{:}".format("empty spec"))
print("{x}-{y}".format_map({"x": 1, "y": 2}), "{a[0]}".format_map({"a": [9]}), "{}".format(None))
print("{0:.3}|{0:.0}|{0:5.1}".format("abcdef"), "{:10.4f}|{:<+8.2e}".format(3.14159, 1234.5))
