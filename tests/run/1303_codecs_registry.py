# codecs over _codecs: lookup through the encodings package, the error
# handler registry, and str.encode / bytes.decode by registry codecs.
import codecs
import _codecs

print(_codecs.lookup('UTF-8').name, codecs.lookup('latin1').name, codecs.lookup('Cp1252').name)
print('héllo€'.encode('cp1252'), b'h\xe9llo\x80'.decode('cp1252'))
print('aé'.encode('cp437'), b'\x82'.decode('cp437'), 'Жx'.encode('koi8-r'), b'\xf6'.decode('iso8859-5'))
print('€'.encode('cp1252', 'strict'), '\u0100'.encode('cp1252', 'replace'), '\u0100x'.encode('cp1252', 'ignore'))
print('\u0100'.encode('cp1252', 'xmlcharrefreplace'), '\u0100'.encode('cp1252', 'backslashreplace'))
print(b'a\x81b'.decode('cp1252', 'replace'), b'a\x81b'.decode('cp1252', 'ignore'))
print(_codecs.encode('hello', 'rot13'), codecs.decode('uryyb', 'rot_13'))
for call in [lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'), lambda: _codecs.lookup('nope-x'),
             lambda: _codecs.register(1), lambda: _codecs.lookup_error('nope'), lambda: 'é'.encode('cp1252x'),
             lambda: '\u0100'.encode('cp1252'), lambda: b'\x81'.decode('cp1252'), lambda: _codecs.lookup(3)]:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.strict_errors)
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'a\xe9\xe9b', 1, 3, 'x')))
print(codecs.replace_errors(UnicodeDecodeError('ascii', b'a\xe9\xe9b', 1, 3, 'x')))
print(codecs.ignore_errors(UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'x')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xe9b', 1, 2, 'x')))
print(codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a\u20ac\U0001f600', 1, 3, 'x')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\u20acb', 1, 2, 'x')))
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeEncodeError('utf-8', 'a\udcff', 1, 2, 'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
for handler in (codecs.xmlcharrefreplace_errors, codecs.replace_errors):
    try:
        handler(ValueError('x'))
    except TypeError as error:
        print(error)
try:
    codecs.strict_errors(UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'bad'))
except UnicodeEncodeError as error:
    print('strict:', error)


def search(name):
    if name == 'krait_test':
        return codecs.CodecInfo(lambda text, errors='strict': (text.upper().encode(), len(text)),
                                lambda data, errors='strict': (bytes(data).decode().lower(), len(data)),
                                name='krait-test')
    return None


codecs.register(search)
print(codecs.lookup('Krait-Test').name, 'abc'.encode('krait test'), b'XYZ'.decode('krait_test'))
print(codecs.encode('abc', 'krait_test'), codecs.decode(b'Q', 'krait_test'))
codecs.unregister(search)
try:
    codecs.lookup('krait_test')
except LookupError as error:
    print(error)
codecs.register_error('krait.dash', lambda error: ('-', error.end))
print(codecs.lookup_error('krait.dash')(UnicodeEncodeError('ascii', 'é', 0, 1, 'x')))
try:
    codecs.register_error('krait.bad', 3)
except TypeError as error:
    print(error)

decoder = codecs.getincrementaldecoder('utf-8')()
print(decoder.decode(b'\xe2\x82'), decoder.decode(b'\xac!'))
encoder = codecs.getincrementalencoder('utf-16')()
print(encoder.encode('a'), encoder.encode('b'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_encode('é'))
