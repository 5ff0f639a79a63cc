# ljust, rjust, center, zfill, expandtabs, removeprefix, removesuffix.
for s in ["", "a", "ab", "abc", "日本", "😀"]:
    for width in [-1, 0, 1, 2, 3, 4, 5, 6, 7]:
        print("%r %d" % (s, width), "[" + s.ljust(width) + "]", "[" + s.rjust(width) + "]",
              "[" + s.center(width) + "]", s.ljust(width, "*"), s.rjust(width, "日"), s.center(width, "😀"))
for s in ["", "1", "-1", "+1", "42", "-42", "abc", "-", "+", "--1", "3.14", "-0.5", "日"]:
    print("%r" % s, s.zfill(-1), s.zfill(0), s.zfill(1), s.zfill(3), s.zfill(6))
for s in ["a\tb", "\t", "ab\tcd\tef", "12345678\tx", "a\nb\tc", "x\r\ty", "日\t本", "\t\t"]:
    print("%r" % s, "%r" % s.expandtabs(), "%r" % s.expandtabs(4), "%r" % s.expandtabs(1),
          "%r" % s.expandtabs(0), "%r" % s.expandtabs(-2), "%r" % s.expandtabs(tabsize=3))
for s, affix in [("prefix-body", "prefix-"), ("body-suffix", "-suffix"), ("abc", ""), ("abc", "abc"),
                 ("abc", "abcd"), ("日本語", "日"), ("日本語", "語"), ("aaa", "a")]:
    print(s.removeprefix(affix), s.removesuffix(affix))
