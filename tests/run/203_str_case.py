# Case mapping: lower, upper, casefold, title, capitalize, swapcase, with
# Unicode's full mappings (ß, ligatures, İ, final sigma).
samples = ["", "hello", "HELLO", "Hello World", "hELLO wORLD", "they're bill's friends", "123abc",
           "ß", "straße", "ﬁne ﬂow", "İstanbul", "ΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "ΑΣ'Σ Σ", "ǆemal ǅ Ǆ",
           "ŉ", "ǰ", "ᾳ", "ΐ", "ﬀ", "ǈ", "éÉèÈ", "Ÿÿ", "µ", "ſ", "K", "Å", "Ω", "ꭰ", "Ᏸ", "𐐨𐐀",
           "a1b2c3", "ABC def GHI", "mIxEd CaSe", "x" * 40, "hello\tworld\nnew line", "ǅungla", "ⅷ", "Ⓐⓐ"]
for s in samples:
    print("%r" % s, s.lower(), s.upper(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
    print("  ", len(s.lower()), len(s.upper()), len(s.casefold()), len(s.title()), len(s.swapcase()))
