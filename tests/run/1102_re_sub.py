# sub and subn: literal, template and callable replacements, counts, and
# empty matches (adjacent to a previous match since Python 3.7).
import re

print(re.sub(r"\d", "#", "a1b22c"))
print(re.subn(r"\d", "#", "a1b22c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"))
print(re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"a", r"\n\t\\", "xax"))
print(re.sub(r"\s+", " ", "  lots   of\n\nspace  "))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.sub(r"x", lambda m: None if False else "", "axbx"))
print(re.sub(r"a", "b", "aaaa", 2), re.sub(r"a", "b", "aaaa", count=3))
print(re.subn(r"z", "y", "abc"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(?m)^", "> ", "line one\nline two"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.compile(r"o").sub("0", "foo boo"))
s = "unchanged"
print(re.sub(r"z", "y", s) is s)
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"(?P<x>.)", lambda m: m.group("x").upper(), "abc"))
calls = []
print(re.sub(r"\w", lambda m: calls.append(m.span()) or "", "ab c"), calls)
print(re.sub("é", "e", "café crème"), re.sub("\u4e2d", "[zh]", "\u4e2d\u6587"))
