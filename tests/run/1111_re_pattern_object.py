# The Pattern object: attributes, repr, equality, hashing, copying.
import re

p = re.compile(r"(?P<a>x)(y)(?P<b>z)?")
print(p.pattern, p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
print(re.compile("a").groupindex, re.compile(b"a").pattern)
print(p.flags == re.UNICODE, re.compile(b"a").flags, re.compile("a", re.I).flags == re.I | re.U)
print(repr(re.compile("abc")), repr(re.compile(b"abc")))
print(repr(re.compile("a", re.I)), repr(re.compile("a", re.I | re.M | re.S)))
print(repr(re.compile("a", re.X | re.A)), repr(re.compile(b"a", re.I)))
print(repr(re.compile("a" * 300))[-20:], len(repr(re.compile("a" * 300))))
print(re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I), re.compile("ab") != re.compile("ba"))
print(re.compile("ab") == re.compile(b"ab"), re.compile("ab") == "ab")
print(hash(re.compile("abc")) == hash(re.compile("abc")), len({re.compile("q"), re.compile("q")}))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.Pattern[str], re.Match[bytes])
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
print(re.compile(p) is p)
print(sorted(n for n in dir(p) if not n.startswith("_")))
print(sorted(n for n in dir(p.match("xy")) if not n.startswith("_")))
