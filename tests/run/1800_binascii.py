# binascii: every function against CPython's results, including edge cases
# of base64 strict mode, quoted-printable and uuencode.
import binascii

def show(f, *args, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

data = bytes(range(256))
for n in range(0, 8):
    show(binascii.b2a_base64, data[:n])
    show(binascii.b2a_base64, data[:n], newline=False)
show(binascii.b2a_base64, data)
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
for text in [b'', b'QQ==', b'QUI=', b'QUJD', b'Q', b'QQ', b'QQ=', b'QQ===', b'Q=Q=', b'=QQ==', b'QQ==QQ==',
             b'Q Q = =', b'QU\nJD\n', b'\xc1QQ==', 'QUJD', b'QQ==\n', b'QUJDRA==', b'QUJDRA', b'AAAAA', b'AAAAAA',
             b'QUJD!!', b'Q!Q==']:
    show(binascii.a2b_base64, text)
    show(binascii.a2b_base64, text, strict_mode=True)
show(binascii.a2b_base64, 'é')
show(binascii.a2b_base64, 5)
show(binascii.b2a_base64, 'abc')
show(binascii.b2a_base64, bytearray(b'abc'))
show(binascii.b2a_base64, memoryview(b'abcdef')[1:4])

for n in [0, 1, 2, 3, 44, 45]:
    encoded = binascii.b2a_uu(data[:n])
    print(repr(encoded), binascii.a2b_uu(encoded) == data[:n])
show(binascii.b2a_uu, b'', backtick=True)
show(binascii.b2a_uu, b'\x00\x00\x00', backtick=True)
show(binascii.b2a_uu, data[:46])
for text in [b'', b' ', b'!', b'#86)C\n', b'#86)C  \n', b'#86)C``\n', b'#86)C x', b'#86\x01C', b'$86)C', 'M86)C']:
    show(binascii.a2b_uu, text)

for args in [(b'',), (b'\x01\xff',), (b'abc', ':'), (b'abcdef', b'-', 2), (b'abcdef', '-', -4), (b'abc', '::'),
             (b'abc', 3), (b'abc', 'é'), (b'abc', '', 1)]:
    show(binascii.b2a_hex, *args)
    show(binascii.hexlify, *args)
show(binascii.hexlify, b'abcde', sep='.', bytes_per_sep=2)
for text in [b'', b'00ff', b'00FFaB', '0a', b'0', b'zz', 'é0']:
    show(binascii.a2b_hex, text)
    show(binascii.unhexlify, text)

for value in [0, 1, -1, 2**32, 2**70 + 5, 0xFFFFFFFF]:
    show(binascii.crc32, b'hello world', value)
    show(binascii.crc_hqx, b'hello world', value)
show(binascii.crc32, b'')
show(binascii.crc32, data * 10)
show(binascii.crc_hqx, b'abc')
show(binascii.crc32, b'abc', 1.5)
show(binascii.crc32, 'abc')

text = b'Hello = world\tand\t \r\nline two  \nthe end.\n.\nx' + bytes(range(120, 140)) + b'_under score_' + b'y' * 80
for kwargs in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}, {'quotetabs': True, 'header': True}]:
    encoded = binascii.b2a_qp(text, **kwargs)
    print(kwargs, repr(encoded))
    print(binascii.a2b_qp(encoded, header=kwargs.get('header', False)) == text)
for sample in [b'.', b'.\n', b'a.\n.', b' ', b'a \n', b'a\t', b'\r\n', b'a\rb', b'x' * 76, b'x' * 75 + b'\n', b'=' * 30]:
    show(binascii.b2a_qp, sample)
for sample in [b'', b'=', b'=4', b'=41', b'=4g', b'==', b'a=\nb', b'a=\r\nb', b'a= \nb', b'=\r', b'a_b', 'x=3D']:
    show(binascii.a2b_qp, sample)
    show(binascii.a2b_qp, sample, header=True)

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
print([name for name in dir(binascii) if not name.startswith('__')])
