# A group that is not in the pattern: IndexError.
import re

m = re.match(r"(?P<a>x)(y)", "xy")
for key in [0, 2, "a", -1, 3, "b", 2**70, [1]]:
    try:
        print(key, m.group(key))
    except (IndexError, TypeError) as e:
        print(key, type(e).__name__, e)
print(m.start("a"), m.span(2))
m.group("missing")
