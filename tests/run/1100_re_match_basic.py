# re.match, re.search, re.fullmatch: spans, groups and the Match repr.
import re

print(re.match(r"ab", "abc"))
print(re.match(r"b", "abc"))
print(re.search(r"b", "abc"))
print(re.fullmatch(r"a.c", "abc"), re.fullmatch(r"a.", "abc"))
m = re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok")
print(m, m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.span(2))
print(re.match(r"(a)(b)?(c)?", "ac").groups())
print(re.match(r"(a)(b)?(c)?", "ac").groups("-"))
print(re.match(r".*", "x" * 80))
print(re.match(r"", ""), re.search(r"$", "abc"))
print(re.match(r"a|ab|abc", "abc").group(), re.fullmatch(r"a|ab|abc", "abc").group())
print(re.search(r"\bword\b", "a word here").span())
print(re.search(r"o", "foo", 2), re.compile(r"o").search("foo", 1, 2))
print(re.compile(r"^o").search("foo", 1), re.compile(r"o$").search("foo", 0, 2))
print(re.match("é+", "ééé!"), re.search("\u4e2d", "ab\u4e2dc"), re.search("\U0001f600", "x\U0001f600"))
print(bool(re.match("a", "a")), re.match("a", "b") is None)
for text in ["2023-01-15", "1999-12-31", "20-1-1", "2023-1x-01"]:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    print(text, m.groups() if m else None)
