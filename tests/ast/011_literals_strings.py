# String and bytes literals: prefixes, quotes, escapes, raw, triple-quoted, implicit concatenation.
s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double "with" 'quotes' inside"""
s5 = 'esc: \n \t \r \\ \' \" \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600 \N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE}'
s6 = r'raw \n \d+ \' stays', R"raw\\", r'''raw
triple\n''', Rb'\x00', bR"\d", rB'x', BR'y', Br'z'
s7 = u'unicode prefix', U"upper"
s8 = b'bytes \x00\xff \n \\ \'', B"BYTES", b'''multi
line bytes'''
s9 = 'implicit' "concat" '''of''' """four"""
s10 = b'a' b"b" rb'c' Rb"\d"
s11 = u'a' 'b' r'c'
s12 = ('paren'
       'continued'
       "across lines")
s13 = 'line \
continuation inside string'
s14 = ''
s15 = "", '''''', """"""
s16 = 'non-ascii: héllo wörld ✓ 日本語 😀'
s17 = '\known escapes kept: \d \w \q'
s18 = 'octal \777 \1 \12 \123'
s19 = """ends with quote\""""
s20 = '''a ''' '' """b"""
s21 = 'tab	char'
s22 = "x" 'y' \
      "z"
s23 = b'\7\77\377'
