# _codecs's codec functions: (result, consumed) with partial input, byte
# orders and the escape codecs.
import _codecs

print(_codecs.utf_8_decode(b'a\xc3', 'strict', False), _codecs.utf_8_decode(b'a\xc3', 'replace', True))
print(_codecs.utf_8_decode(b'\xe2\x82'), _codecs.utf_8_decode(b'\xe2\x82\xac'), _codecs.utf_8_decode(b'ab\xf0\x9f\x98'))
print(_codecs.utf_8_encode('aé€'), _codecs.utf_8_encode('a\udcff', 'surrogateescape'))
print(_codecs.latin_1_encode('aé'), _codecs.latin_1_decode(b'a\xe9'), _codecs.ascii_encode('ab'), _codecs.ascii_decode(b'ab'))
print(_codecs.ascii_encode('aé', 'replace'), _codecs.ascii_decode(b'a\xe9', 'ignore'))
print(_codecs.utf_16_encode('ab'), _codecs.utf_16_encode('ab', None, 1), _codecs.utf_16_encode('ab', None, -1))
print(_codecs.utf_16_le_encode('a\U0001f600'), _codecs.utf_16_be_encode('a'))
print(_codecs.utf_16_decode(b'\xff\xfea\x00b'), _codecs.utf_16_decode(b'\xfe\xff\x00a', None, True))
print(_codecs.utf_16_ex_decode(b'\xff\xfea\x00b'), _codecs.utf_16_ex_decode(b'\x00a\x00b', 'strict', 1, True))
print(_codecs.utf_16_le_decode(b'=\xd8'), _codecs.utf_16_le_decode(b'=\xd8\x00\xde'), _codecs.utf_16_decode(b'\xff'))
print(_codecs.utf_32_encode('a'), _codecs.utf_32_le_encode('a'), _codecs.utf_32_be_encode('a'))
print(_codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b\x00'), _codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
print(_codecs.utf_32_be_decode(b'\x00\x00\x00a'), _codecs.utf_32_le_decode(b'a\x00\x00\x00', None, True))
print(_codecs.escape_encode(b'a\n\x00\xff\'"\\'), _codecs.escape_decode(b'a\\n\\x41\\101\\\n'))
print(_codecs.escape_decode('ab\\t'))
print(_codecs.unicode_escape_encode('a\n\xe9\u20ac\U0001f600\\\t\x7f'))
print(_codecs.raw_unicode_escape_encode('a\n\xe9\u20ac\U0001f600'))
print(_codecs.unicode_escape_decode(b'a\\n\\u20ac\\N{BULLET}\\x41\\U0001f600\\101'))
print(_codecs.raw_unicode_escape_decode(b'a\\n\\u20ac\\x41'), _codecs.unicode_escape_decode('\\t'))
print(_codecs.readbuffer_encode(b'ab'), _codecs.readbuffer_encode('é'), _codecs.readbuffer_encode(bytearray(b'x')))
print(_codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xyz'), _codecs.charmap_decode(b'\xe9'))
print(_codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'A', 1: 66}), _codecs.charmap_decode(b'\x01', 'replace', {}))
table = _codecs.charmap_build('abc')
print(sorted(table.items()), _codecs.charmap_encode('cab', 'strict', table))
print(_codecs.charmap_encode('xa', 'replace', {ord('a'): 1, ord('?'): 63}), _codecs.charmap_encode('é'))
for call in [lambda: _codecs.utf_8_encode(b'x'), lambda: _codecs.utf_8_decode('x'),
             lambda: _codecs.utf_8_decode(b'\xff'), lambda: _codecs.utf_8_decode(b'x', 3),
             lambda: _codecs.unicode_escape_decode(b'\\x4'), lambda: _codecs.unicode_escape_decode(b'\\N{NOPE}'),
             lambda: _codecs.unicode_escape_decode(b'ab\\'), lambda: _codecs.escape_decode(b'\\x4'),
             lambda: _codecs.charmap_decode(b'\x05', 'strict', 'ab'), lambda: _codecs.charmap_encode('z', 'strict', {}),
             lambda: _codecs.utf_16_decode(b'a', 'strict', True), lambda: _codecs.escape_encode('x')]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
print(_codecs.unicode_escape_decode(b'\\x4', 'replace'), _codecs.unicode_escape_decode(b'\\x4', 'ignore'))
