# The _sre module under re: constants and the case helpers re/_compiler.py uses.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(sorted(n for n in dir(_sre) if not n.startswith("_")))
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9)], [_sre.ascii_tolower(c) for c in (65, 97, 0xc9)])
print([_sre.unicode_iscased(c) for c in (65, 0xe9, 0x3a3, 48, 0x4e2d, 0xdf)])
print([_sre.unicode_tolower(c) for c in (65, 0xc9, 0x3a3, 0x130, 0x212a, 0x10400)])
import re
p = _sre.compile("ab", 32, [16, 97, 16, 98, 1], 0, {}, ())
print(p, p.match("abc"), p.search("xab").span())
print(sum(_sre.unicode_iscased(c) for c in range(0x3000)), sum(_sre.unicode_tolower(c) != c for c in range(0x3000)))
