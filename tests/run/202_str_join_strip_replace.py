# str.join, strip, lstrip, rstrip, replace.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["only"]))
print(" ".join(("tuple", "items")), "+".join("abc"), "日".join(["a", "b"]), "a".join(["日", "本"]))
print("".join(["😀", "x"]), ", ".join(["é", "€", "😀"]), "|".join(range(0) and [] or ["r"]))
parts = []
for i in range(100):
    parts.append("%d" % i)
print(len("".join(parts)), "".join(parts)[-20:])

for s in ["", "   ", "  abc  ", "\t\n abc \r\n", "xxabcxx", "\u3000wide\u3000", "\x85x\xa0", "abc"]:
    print("%r" % s, "%r" % s.strip(), "%r" % s.lstrip(), "%r" % s.rstrip())
    print("  ", "%r" % s.strip("x"), "%r" % s.strip(" a"), "%r" % s.rstrip("cx "), "%r" % s.lstrip(None))
print("www.example.com".strip("cmowz."), "<<a>>".strip("<>"), "日日本日".strip("日"), "😀a😀".strip("😀"))
print("abcba".strip("ab"), "abc".strip(""), "aaa".strip("a"), "\xe9t\xe9".strip("\xe9"))

cases = [("hello world", "o", "0"), ("aaaa", "a", "b"), ("aaaa", "aa", "x"), ("abc", "", "-"),
         ("", "", "x"), ("", "a", "b"), ("abc", "abc", ""), ("abc", "d", "e"), ("日本日本", "日", "ひ"),
         ("abc", "b", "日本"), ("a😀b😀", "😀", ":)"), ("xyz", "y", "😀"), ("ababab", "aba", "X")]
for s, old, new in cases:
    print("%r %r %r" % (s, old, new), s.replace(old, new), s.replace(old, new, 0),
          s.replace(old, new, 1), s.replace(old, new, 2), s.replace(old, new, -1))
long = "spam " * 1000
print(len(long.replace("spam", "eggs!")), long.replace(" ", "", 998)[-20:])
