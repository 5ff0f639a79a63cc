# split: by a pattern, with captured separators, maxsplit, empty matches.
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.split(r"", "abc"))
print(re.split(r"\b", "ab cd"))
print(re.split(r"(?m)^", "a\nb\nc"))
print(re.split(r"a", "aaa"), re.split(r"a", ""))
print(re.split(r"(\d)?x", "1xax"))
print(re.compile(r"[\s/\"\[\]]+").split('1.2.3.4 - - [01/Jan] "GET /a/b HTTP/1.1"'))
