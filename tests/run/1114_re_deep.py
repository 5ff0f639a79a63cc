# Long subjects and deep backtracking: the engine keeps its backtracking on
# its own stack, never the machine's.
import re

s = "ab" * 100000
m = re.match(r"(a|b)*", s)
print(m.span(), m.group(1))
print(re.match(r"(?:a|b)*?c", s))
m = re.match(r"((a)|b)+$", s)
print(m.span(), m.groups())
print(len(re.findall(r"(a)(b)", s)))
print(re.fullmatch(r"(?:(?:ab)+)+", s).span())
print(re.match(r"(x+x+)+y", "x" * 16))
print(re.match(r"(?:a+)+b", "a" * 5000 + "b").span())
print(len(re.sub(r"a", "X", s)), len(re.split(r"b", s)))
print(re.match(r"(.)*", "z" * 50000).group(1))
print(re.search(r"(\w+)\s*=\s*\1", "a" * 2000 + " = " + "b" * 2000))
print(re.match(r"(?:(\d)|[a-z])+", "a1" * 30000).group(1))
nested = "(" * 50 + "a" + ")" * 50
print(re.match(nested, "a").span())
