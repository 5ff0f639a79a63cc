# Lookahead and lookbehind, positive and negative, with groups inside.
import re

print(re.findall(r"\w+(?=!)", "hi! there yes!"))
print(re.findall(r"\b\w+\b(?!!)", "hi! there yes!"))
print(re.findall(r"(?<=\$)\d+", "cost $30, $45 or 50"))
print(re.findall(r"(?<!\$)\b\d+", "cost $30, $45 or 50"))
print(re.search(r"(?=(\w+))\w", "abc").groups())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"(?<=ab)c|(?<=x)y", "abc xy ac"))
print(re.match(r"(?!abc)\w+", "abd"), re.match(r"(?!abc)\w+", "abc"))
print(re.search(r"(?<=(a))b", "ab").group(1))
print(re.findall(r"(?<![a-z])\d", "a1 2 b3 4"))
m = re.match(r"(a(?=(b)))?ab", "ab")
print(m.groups(), m.span())
print(re.search(r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abc123"), re.search(r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abcdef"))
