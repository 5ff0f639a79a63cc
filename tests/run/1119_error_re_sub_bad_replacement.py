# sub joins its pieces at the end: a piece of the wrong type fails then.
import re

calls = []
def replace(m):
    calls.append(m.group())
    return 7 if m.group() == "b" else m.group().upper()
try:
    re.sub(r"\w", replace, "abc")
except TypeError as e:
    print(e, calls)
try:
    re.sub(b"a", lambda m: "x", b"bab")
except TypeError as e:
    print(e)
print(re.sub(r"\w", lambda m: None, "a-b"))
re.sub("a", b"b", "cat")
