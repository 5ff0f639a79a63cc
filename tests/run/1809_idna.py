# The idna codec and stringprep, which use unicodedata.ucd_3_2_0.
import encodings.idna
import stringprep
import unicodedata

for name in ['bücher.example', 'ÄÖÜ.de', 'пример.испытание', 'xn--bcher-kva.example', 'example.com']:
    encoded = name.encode('idna')
    print(name, encoded, encoded.decode('idna'))
print(encodings.idna.nameprep('Straße'), encodings.idna.ToASCII('faß'))
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00df'),
      stringprep.in_table_c12('\u00a0'), stringprep.in_table_d1('\u05d0'), stringprep.in_table_d2('a'))
for bad in ['a' * 64 + '.com', '\u0221.com']:
    try:
        print(bad.encode('idna'))
    except UnicodeError as error:
        print(type(error).__name__, error)
