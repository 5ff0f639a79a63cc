# str.split, rsplit, splitlines, partition, rpartition.
samples = ["", " ", "a", "a b c", "  a  b  c  ", "a,b,,c,", ",a,", "one\ttwo\nthree\r\nfour",
           "\x1c\x1d\x1e\x1fx\x85y\xa0z\u2028w\u3000v", "a\u2003b", "日本 語  テ"]
for s in samples:
    print("%r" % s, s.split(), s.rsplit())
    for n in [-1, 0, 1, 2, 5]:
        print(" ", n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(maxsplit=n))
for s in ["a,b,,c,", ",", "", "abc", ",,a,,b,,", "a, b, c", "x--y----z"]:
    for sep in [",", ",,", "--", "a", "b", ", "]:
        for n in [-1, 0, 1, 2]:
            print("%r %r %d" % (s, sep, n), s.split(sep, n), s.rsplit(sep, n))
print("a b".split(sep=None), "a,b".split(sep=","), "a,b,c".rsplit(",", maxsplit=1))
print("1😀2😀3".split("😀"), "1😀2😀3".rsplit("😀", 1), "a日b日c".split("日"))

lines = ["", "one", "one\n", "one\ntwo", "one\r\ntwo\rthree\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
         "\r", "\r\r\n", "x\n\ry"]
for s in lines:
    print("%r" % s, s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))

for s in ["a=b=c", "abc", "", "=", "key: value: more", "日=本=語"]:
    for sep in ["=", ": ", "c", "日", "本="]:
        print("%r %r" % (s, sep), s.partition(sep), s.rpartition(sep))
