# The is*() predicates over ASCII, Latin-1, and wider characters.
samples = ["", "a", "A", "abc", "ABC", "Abc", "aBC", "Hello World", "Hello world", "HELLO WORLD",
           "hello world", "123", "12.5", "-1", "½", "²", "٣", "一二三", "Ⅻ", "abc123", "abc 123",
           " ", "\t\n", "\x1c\x1f", "\x85\xa0", "\u3000", "\u200b", "_", "_x1", "1x", "x-y", "class",
           "éèê", "ÉA", "ǅ", "ǅa", "Ǆa", "ǆ", "ß", "日本", "日本語123", "😀", "a😀", "\x00", "\x7f",
           "tab\there", "printable!", "\u0378", "ⅷ", "Ⓐ", "ʰ", "ªº", "ᾼ", "ᾳ", "A1", "𝟘𝟙", "१२"]
for s in samples:
    print("%r" % s, s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.isprintable(), s.isascii(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
