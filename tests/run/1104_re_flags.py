# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped.
import re

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"(?i)[a-c]+", "AbCdBA"))
print(re.findall(r"^\w", "ab\ncd\nef"), re.findall(r"^\w", "ab\ncd\nef", re.M))
print(re.findall(r"a.b", "a\nb axb"), re.findall(r"a.b", "a\nb axb", re.S))
print(re.findall(r"(?s)a.b", "a\nb"))
pattern = re.compile(r"""
    (\d{3})   # area
    [-.\s]?   # separator
    (\d{4})   # number
""", re.X)
print(pattern.findall("555-1234 555.9876 5551111"))
print(re.findall(r"\w+", "naïve café"), re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"(?a)\w+", "naïve"), re.findall(r"(?a:\w)+\w", "ab\u00e9"))
print(re.findall(r"a(?i:b)c", "abc aBc ABC abC"))
print(re.findall(r"(?i)a(?-i:b)c", "abc aBc Abc"))
print(re.match(r"(?x) a b c # comment", "abc"))
print(re.match(r"(?im)^B", "a\nb").span())
print(re.compile(r"x", re.I | re.M).flags & (re.I | re.M) == re.I | re.M)
print(re.findall(r"[^a-z]", "aBcD", re.I), re.findall(r"[^A-Z]+", "aBcD", re.I))
print(re.findall(r"\d", "1٣3"), re.findall(r"\d", "1٣3", re.A))
print(re.findall(r"$", "a\n"), re.findall(r"(?m)$", "a\nb\n"), re.findall(r"\Z", "a\n"))
