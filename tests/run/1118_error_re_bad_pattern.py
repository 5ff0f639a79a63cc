# re.error, raised by re's own parser, with its position.
import re

for pattern in ["(a", "a)", "[a-", "a**", r"(?P<1>a)", r"\1", "(?<=a+)b", "x{2,1}"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e, e.pos)
re.compile("(?P<name>a)(?P<name>b)")
