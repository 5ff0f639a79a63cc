# findall returns strings, single groups or tuples; finditer yields matches;
# empty matches are found between characters and after non-empty ones.
import re

print(re.findall(r"\d+", "a1b22c333d"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=\d", "a=1, b=2"))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"", "abc"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"(?:ab)+", "ababxab"))
print(re.findall(r"a", "aaaa", ), re.compile("a").findall("aaaa", 1, 3))
print([m.span() for m in re.finditer(r"\w+", "hello big world")])
print([m.group() for m in re.finditer(r"x*", "axxb")])
print([(m.start(), m.group(1)) for m in re.finditer(r"(\d)", "a1b2c3")])
it = re.finditer(r"\d", "12")
print(next(it).group(), next(it).group(), next(it, "done"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\nthree"))
print(re.findall(r"[aeiou]", "The quick brown fox"))
print(len(re.findall(r"\w+", "lorem ipsum dolor sit amet " * 1000)))
