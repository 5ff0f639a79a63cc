# re.Scanner and Pattern.scanner: iterating through matches.
import re

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("name", tok)),
    (r"\d+\.\d*", lambda s, tok: ("float", float(tok))),
    (r"\d+", lambda s, tok: ("int", int(tok))),
    (r"[=+\-*/()]", lambda s, tok: ("op", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42)"))
print(scanner.scan("a = 1 $ b"))
s = re.compile(r"\d+").scanner("a12b345c6")
print(s.search().group(), s.search().group(), s.match(), s.search(), s.search())
s2 = re.compile(r"\w").scanner("ab c")
print(s2.match().group(), s2.match().group(), s2.match(), s2.match())
s3 = re.compile(r"x*").scanner("axx")
print([m.span() for m in iter(s3.search, None)])
print(s3.pattern.pattern)
