# str.find, rfind, index, rindex, count, startswith, endswith and `in`:
# substrings of every width, start/end arguments, empty needles.
texts = ["", "a", "abc", "abcabc", "aaaa", "hello world", "mississippi",
         "héllo wörld", "日本語のテキスト日本", "emoji 😀 here 😀", "x" * 50 + "needle" + "y" * 50]
needles = ["", "a", "b", "c", "abc", "aa", "ss", "issi", "o", "l", "ö", "日本", "😀", "needle",
           "zz", "é", "ll", "x" * 3 + "n"]
for t in texts:
    for n in needles:
        print("%r %r" % (t, n), t.find(n), t.rfind(n), t.count(n), n in t,
              t.startswith(n), t.endswith(n))

bounds = [(None, None), (0, None), (1, None), (-1, None), (2, 5), (-5, -1), (5, 2), (0, 100),
          (100, None), (-100, 3), (3, 3), (4, None)]
for t in ["abcabcabc", "aaaa", "héhéhé", "ab😀ab😀"]:
    for n in ["", "a", "abc", "bc", "é", "😀", "ab"]:
        for start, end in bounds:
            print(t, n, start, end, t.find(n, start, end), t.rfind(n, start, end),
                  t.count(n, start, end), t.startswith(n, start, end), t.endswith(n, start, end))

print("hello".index("l"), "hello".rindex("l"), "hello".index("lo", 1, 5))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")), "abc".endswith(("bc", "c"), 1))
print("abc".startswith(()), "".startswith(""), "".endswith(""), "".find(""), "".rfind(""))
print("ab".find("", 2), "ab".find("", 3), "ab".count("", 3), "ab".count(""), "ab".rfind("", 1))
print("aaa".count("aa"), "aaaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1))
big = "ab" * 1000 + "abc"
print(big.find("abc"), big.rfind("ab"), big.count("ab"), big.count("ba"))
wide = "日本" * 300 + "語"
print(wide.find("語"), wide.find("本日"), wide.rfind("日本"), wide.count("本"))
print("xyz" in "axyzb", "" in "abc", "é" in "cafe", "😀" in "a😀b")
