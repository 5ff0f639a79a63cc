# str(): the constructor; concatenation, repetition and comparison of
# strings of different widths; building a string with += in a loop.
print(str(), str(""), str("abc"), str(12), str(-3), str(1.5), str([1, "a"]), str((1,)), str(None), str(True))
print(str(object="kw"), str(str), str(2**100))
s = ""
for i in range(1000):
    s += "x"
print(len(s), s[:5])
t = "start"
for i in range(200):
    t += "日"
t += "😀"
t += "end"
print(len(t), t[:6], t[-5:])
u = "a"
v = u
u += "b"
print(u, v)
w = "日本"
for part in ["a", "😀", "b", "€"]:
    w += part
print(w, len(w))
print("ab" * 3, "日" * 4, "😀" * 2, "x" * 0, "x" * -1, 3 * "ab", "" * 5)
words = ["b", "a", "B", "é", "日", "😀", "ab", "", "aa", "a\x00"]
for a in words:
    less, same, greater_or_equal = [], [], []
    for b in words:
        less.append(a < b)
        same.append(a == b)
        greater_or_equal.append(a >= b)
    print(a, less, same, greater_or_equal)
print("abc" + "日本" + "😀" + "", "" + "x", "😀" + "a")
print("abc"[::-1], "日本語"[::2], "a😀b日c"[1:4], "a😀b日c"[::-1], "abcdef"[1::2], "abc"[5:])
