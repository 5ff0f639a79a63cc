a = 'single' "double" '' ""
b = r'raw\d' R"RAW" u'uni' U"UNI" b'bytes' B"BYTES"
c = br'x' Br"x" bR'x' BR"x" rb'x' rB"x" Rb'x' RB"x"
d = '''triple
single''' + """triple
double"""
e = 'esc\'aped' "esc\"aped" '\\'
f = 'it\'s' "it's" 'say "hi"' '\t\n'
g = b'''multi
line bytes'''
h = rb"""raw
bytes"""
i = 'continued \
string'
j = '''q ' and '' inside''' """d " "" inside"""
k = ur'not a prefix' bu'nor this'
