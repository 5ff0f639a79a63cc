# The standard library's users of zlib and binascii, unchanged: gzip,
# zipfile (in memory), base64 and the hex codec.
import base64
import binascii
import codecs
import gzip
import io
import zipfile

text = b''.join(b'record %d: %s\n' % (i, b'abc' * (i % 7)) for i in range(500))
packed = gzip.compress(text, mtime=0)
print(len(packed), packed[:10], gzip.decompress(packed) == text)
with gzip.GzipFile(fileobj=io.BytesIO(packed)) as stream:
    print(stream.readline(), len(stream.read()))

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, 'w', compression=zipfile.ZIP_DEFLATED) as archive:
    archive.writestr(zipfile.ZipInfo('a.txt', (2020, 1, 2, 3, 4, 6)), text)
    archive.writestr(zipfile.ZipInfo('b/c.bin', (2021, 5, 6, 7, 8, 10)), bytes(range(256)) * 4)
with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
    for info in archive.infolist():
        print(info.filename, info.file_size, info.compress_size, hex(info.CRC))
    print(archive.read('a.txt') == text, archive.read('b/c.bin')[:5], archive.testzip())

for encode, decode in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                       (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                       (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    encoded = encode(b'\x00\xffbinary data\xfe')
    print(encode.__name__, encoded, decode(encoded))
print(base64.encodebytes(text[:100]))
print(base64.b64decode(b'aGVsbG8=', validate=True), base64.standard_b64decode('aGVsbG8='))
try:
    base64.b64decode(b'aGVsbG8', validate=True)
except binascii.Error as error:
    print('Error', error)
print(codecs.encode(b'hex me', 'hex'), codecs.decode(b'6865', 'hex_codec'))
print(codecs.encode(b'zip me' * 10, 'zlib'))
print(codecs.decode(codecs.encode(b'round trip', 'base64'), 'base64'))
print(codecs.encode(b'quoted = printable\t\n', 'quopri'))
print(codecs.encode(b'uu data', 'uu'))
