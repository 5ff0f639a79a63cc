# zlib: one-shot and streaming compression against CPython's results and
# messages (the same library underneath, so the same bytes).
import zlib

def show(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(label, repr(result) if not isinstance(result, bytes) or len(result) < 80 else (len(result), zlib.crc32(result)))
    except Exception as e:
        print(label, type(e).__name__, e)

data = b''.join(b'line %d of some text to compress\n' % i for i in range(2000))
for level in [-1, 0, 1, 6, 9]:
    packed = zlib.compress(data, level)
    print(level, len(packed), zlib.crc32(packed), zlib.decompress(packed) == data)
for wbits in [9, 15, -15, 31, 25]:
    packed = zlib.compress(data, wbits=wbits)
    print(wbits, len(packed), packed[:4], zlib.decompress(packed, wbits) == data)
    show('auto', lambda: zlib.decompress(packed, 47) == data)
show('compress level 10', zlib.compress, data, 10)
show('compress wbits 7', zlib.compress, data, wbits=7)
show('empty', zlib.compress, b'')
show('decompress empty', zlib.decompress, b'')
show('truncated', zlib.decompress, zlib.compress(data)[:-10])
show('garbage', zlib.decompress, b'not compressed data')
show('bad wbits', zlib.decompress, zlib.compress(b'x'), 3)
show('bufsize', zlib.decompress, zlib.compress(b'x'), bufsize=-1)
show('bufsize 0', zlib.decompress, zlib.compress(b'abc'), bufsize=0)
show('str', zlib.compress, 'text')
show('trailing', zlib.decompress, zlib.compress(b'abc') + b'extra')
show('gzip header', zlib.decompress, zlib.compress(b'abc'), 31)

for value in [None, 0, 1, -1, 2**40]:
    args = (b'checksum me',) if value is None else (b'checksum me', value)
    show('crc32', zlib.crc32, *args)
    show('adler32', zlib.adler32, *args)
show('adler32 str', zlib.adler32, 'x')

compressor = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
pieces = [compressor.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
pieces.append(compressor.flush(zlib.Z_SYNC_FLUSH))
pieces.append(compressor.compress(b'tail'))
pieces.append(compressor.flush())
stream = b''.join(pieces)
print(len(stream), zlib.crc32(stream))
show('compress after finish', compressor.compress, b'more')
show('flush after finish', compressor.flush)
show('copy after finish', compressor.copy)
print(zlib.decompress(stream, -12) == data + b'tail')
print(compressor.flush(zlib.Z_NO_FLUSH))

decompressor = zlib.decompressobj(-12)
out = b''
for i in range(0, len(stream), 997):
    out += decompressor.decompress(stream[i:i + 997])
out += decompressor.flush()
print(out == data + b'tail', decompressor.eof, decompressor.unused_data, decompressor.unconsumed_tail)

# max_length and unconsumed_tail
packed = zlib.compress(data) + b'after the end'
decompressor = zlib.decompressobj()
chunk = decompressor.decompress(packed, 100)
print(len(chunk), len(decompressor.unconsumed_tail), decompressor.eof)
total = chunk
while not decompressor.eof:
    total += decompressor.decompress(decompressor.unconsumed_tail, 30000)
print(total == data, decompressor.eof, decompressor.unused_data, decompressor.unconsumed_tail)
print(decompressor.decompress(b'even more'), decompressor.unused_data)
print(decompressor.flush(), decompressor.eof)
show('max_length', decompressor.decompress, b'', -1)
show('flush length', decompressor.flush, 0)

# copies go their own way
compressor = zlib.compressobj()
head = compressor.compress(b'shared start ' * 50)
twin = compressor.copy()
first = head + compressor.compress(b'one') + compressor.flush()
second = head + twin.compress(b'two') + twin.flush()
print(zlib.decompress(first)[-3:], zlib.decompress(second)[-3:])
decompressor = zlib.decompressobj()
part = decompressor.decompress(first[:20])
twin = decompressor.copy()
print(part + decompressor.decompress(first[20:]) == part + twin.decompress(first[20:]))

# preset dictionaries
dictionary = b'shared start one two'
compressor = zlib.compressobj(zdict=dictionary)
packed = compressor.compress(b'shared start ' * 5 + b'two') + compressor.flush()
print(len(packed))
show('no dict', zlib.decompress, packed)
decompressor = zlib.decompressobj(zdict=dictionary)
print(decompressor.decompress(packed))
raw = zlib.compressobj(wbits=-15, zdict=dictionary)
packed = raw.compress(b'one two one two') + raw.flush()
print(zlib.decompressobj(-15, zdict=dictionary).decompress(packed))
show('zdict type', zlib.decompressobj, zdict='text')
show('bad option', zlib.compressobj, 1, 7)
show('bad wbits obj', zlib.decompressobj, 99)
show('bad data', zlib.decompressobj().decompress, b'garbage!!')

print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_RLE)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.__version__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
print([name for name in dir(zlib) if not name.startswith('__')])
