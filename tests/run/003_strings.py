# str literals, concatenation, comparison, len and repr through print.
s = "hello"
t = 'world'
print(s + ", " + t, len(s), len(""), len("héllo wörld"), len("日本語"), len("😀x"))
print(s == "hel" + "lo", s != t, "a" < "b", "abc" < "abd", "ab" < "abc", "é" > "z", "" < "a")
print("it's", 'say "hi"', "tab\there", "日本", "😀")
u = "mix" + "é" + "日" + "😀"
print(u, len(u), u == "mixé日😀")
n = ""
for i in range(3):
    n = n + "ab"
print(n, len(n))
print("yes" if s else "no", "yes" if "" else "no", not "")
