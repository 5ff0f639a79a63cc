# Backreferences (numbered, named, case-insensitive) and conditionals.
import re

print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" or 'bye'").group())
print(re.match(r"(a)\1", "aa"), re.match(r"(a)\1", "ab"))
print(re.match(r"(?i)(a)\1", "aA"))
print(re.match(r"(a)?\1", "b"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.match(r"(a)?(?(1)b)", "c").group())
print(re.findall(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com> user@host.com <user@host.com"))
print(re.match(r"(?P<x>a)(?(x)b|c)", "ab").group())
print(re.sub(r"(\w)\1", r"[\1\1]", "aabbcd"))
print(re.match(r"(\w+)-\1", "abc-abc-abc").group())
print(re.fullmatch(r"((\w)\2)+", "aabbcc").groups())
