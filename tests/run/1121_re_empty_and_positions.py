# Empty matches and positions: pos/endpos bound the subject; ^ and \A stay
# at index 0, $ and \Z at endpos.
import re

p = re.compile(r"^\w")
print(p.search("ab", 1), re.compile(r"\w$").search("abc", 0, 2))
print(re.compile(r"\b").findall("ab cd", 1, 4))
print(re.compile(r"a").match("ba", 1), re.compile(r"a").match("ba", -5), re.compile("a").search("ba", 5))
print(re.compile(r"x*").findall("axx", 1), re.compile("").findall("abc", 1, 2))
print(re.compile(r"\Z").search("ab", 0, 1), re.compile(r"\A").search("ab", 1))
print([m.span() for m in re.finditer(r"\w*", "a bc")])
print(re.sub(r"\w*", "-", "a bc"), re.split(r"\w*", "a bc"))
print(re.sub(r"(?=b)", "^", "abab"), re.findall(r"(?<=a)", "aab"))
print(re.subn(r"$", "!", "line\n"), re.sub(r"(?m)$", "!", "a\nb"))
print(re.compile(r"a").fullmatch("ab", 0, 1), re.compile(r"a|ab").fullmatch("abc", 0, 2))
