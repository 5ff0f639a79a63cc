# unicodedata: Unicode 14.0 as CPython 3.11 ships it. Digests of every
# property over a sample of all code points (characters assigned in later
# Unicode versions must look unassigned), then the API's details and errors.
import binascii
import unicodedata

def digest(f, step):
    out = []
    for cp in range(0, 0x110000, step):
        try:
            out.append(repr(f(chr(cp))))
        except Exception as error:
            out.append(type(error).__name__)
    return binascii.crc32('\n'.join(out).encode())

db = unicodedata
properties = {
    'category': db.category, 'bidirectional': db.bidirectional, 'combining': db.combining,
    'east_asian_width': db.east_asian_width, 'mirrored': db.mirrored, 'decomposition': db.decomposition,
    'decimal': lambda c: db.decimal(c, None), 'digit': lambda c: db.digit(c, None),
    'numeric': lambda c: db.numeric(c, None), 'name': lambda c: db.name(c, None),
    'NFC': lambda c: db.normalize('NFC', c), 'NFD': lambda c: db.normalize('NFD', c),
    'NFKC': lambda c: db.normalize('NFKC', c), 'NFKD': lambda c: db.normalize('NFKD', c),
}
for name, f in properties.items():
    print(name, digest(f, 7))
old = db.ucd_3_2_0
properties_3_2 = {
    'category': old.category, 'bidirectional': old.bidirectional, 'combining': old.combining,
    'east_asian_width': old.east_asian_width, 'mirrored': old.mirrored, 'decomposition': old.decomposition,
    'decimal': lambda c: old.decimal(c, None), 'digit': lambda c: old.digit(c, None),
    'numeric': lambda c: old.numeric(c, None), 'name': lambda c: old.name(c, None),
    'NFC': lambda c: old.normalize('NFC', c), 'NFKD': lambda c: old.normalize('NFKD', c),
}
for name, f in properties_3_2.items():
    print('3.2', name, digest(f, 7))
# The characters where 3.2 differs from 14.0.
for c in '+\u00a7\u00b2\u0f3a\u231a\U0002f868':
    print(hex(ord(c)), old.category(c), old.bidirectional(c), old.east_asian_width(c), old.mirrored(c),
          old.decimal(c, None), ascii(old.normalize('NFC', c)), '|', db.category(c), db.bidirectional(c),
          db.east_asian_width(c), db.mirrored(c), db.decimal(c, None), ascii(db.normalize('NFC', c)))

for c in 'A\u00e9\u0301\u00bd\u2155\u00b2\u0664\u4e07\uac00\u4e00\u212b\ufb01\U0001f600\u0378\U0001fae8\ufdd0':
    print(hex(ord(c)), db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c),
          db.mirrored(c), repr(db.decomposition(c)), db.decimal(c, -1), db.digit(c, -1), db.numeric(c, -1),
          db.name(c, '?'))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'LATIN CAPITAL LETTER GHA', 'HANGUL SYLLABLE GA',
             'CJK UNIFIED IDEOGRAPH-4E00', b'SNOWMAN']:
    print(repr(name), repr(db.lookup(name)))
text = 'Ångström ﬁ café \u1e9b\u0323 한국어 ①'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    normalized = db.normalize(form, text)
    print(form, ascii(normalized), db.is_normalized(form, text), db.is_normalized(form, normalized))
same = 'plain ascii'
print(db.normalize('NFKC', same) is same, db.normalize('NFC', 'é') == 'é')
print(db.unidata_version, db.ucd_3_2_0.unidata_version, type(db.ucd_3_2_0).__name__, db.UCD is type(db.ucd_3_2_0))
print(db.ucd_3_2_0.category('\u0221'), db.ucd_3_2_0.name('\u0221', None), db.ucd_3_2_0.east_asian_width('\u0221'))
for call in [lambda: db.category('ab'), lambda: db.category(5), lambda: db.category(), lambda: db.name('\x00'),
             lambda: db.lookup('NO SUCH THING'), lambda: db.lookup('A' * 300), lambda: db.lookup(5),
             lambda: db.ucd_3_2_0.lookup('LATIN CAPITAL LETTER GHA'), lambda: db.decimal('a'),
             lambda: db.digit('a'), lambda: db.numeric('a'), lambda: db.normalize('NFX', 'a'),
             lambda: db.normalize(1, 'a'), lambda: db.normalize('NFC', 1), lambda: db.is_normalized('X', 'a'),
             lambda: db.UCD()]:
    try:
        print(repr(call()))
    except Exception as error:
        print(type(error).__name__, error)
print([name for name in dir(db) if not name.startswith('_')])
