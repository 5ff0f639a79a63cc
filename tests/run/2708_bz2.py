# _bz2 and bz2.py: one-shot and streaming compression, decompression of
# data CPython compressed, max_length, unused_data, needs_input, eof,
# multi-stream files and the errors.
import _bz2
import bz2
import io
import os
import tempfile

made_by_cpython = (b"BZh91AY&SYH\xed\x14\x80\x00\x00;\x95\x80@\x01\x00\x08.c\xdc\x00 \x00pS\x00\x04\xd0)QOS@<\xa6\t"
                   b"\xb2tN\x13$\xd18L\x13\xd90O\xc4\xc94M\x13D\xc9=\x13d\xc1>\x13d\xfaN\x13bx'D\xc98O\xe2\xeeH\xa7"
                   b"\n\x12\t\x1d\xa2\x90\x00")
text = b"Krait hashes and compresses. " * 20
print(bz2.decompress(made_by_cpython) == text, bz2.compress(text) == made_by_cpython)
for level in [1, 5, 9]:
    data = bytes(range(256)) * 50 + b"tail"
    packed = bz2.compress(data, level)
    print(level, len(packed), packed[:10], bz2.decompress(packed) == data)
print(bz2.compress(b""), bz2.decompress(b""), bz2.decompress(made_by_cpython * 2) == text * 2)

compressor = _bz2.BZ2Compressor(3)
pieces = [compressor.compress(b"abc" * 1000), compressor.compress(b""), compressor.flush()]
print([len(piece) for piece in pieces], bz2.decompress(b"".join(pieces)) == b"abc" * 1000)

decompressor = _bz2.BZ2Decompressor()
print(decompressor.eof, decompressor.needs_input, decompressor.unused_data)
out = decompressor.decompress(made_by_cpython[:20])
print(out, decompressor.needs_input, decompressor.eof)
out = decompressor.decompress(made_by_cpython[20:], max_length=10)
print(out, decompressor.needs_input, decompressor.eof)
out = decompressor.decompress(b"", max_length=0)
print(out, decompressor.needs_input)
rest = decompressor.decompress(b"TRAILING")
print(len(rest), decompressor.eof, decompressor.unused_data, decompressor.needs_input)

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "file.bz2")
    with bz2.open(path, "wt", encoding="utf-8") as file:
        file.write("line one\nline two\n")
    with bz2.open(path, "rt", encoding="utf-8") as file:
        print(file.readlines())
    with bz2.BZ2File(path, "ab") as file:
        file.write(b"appended stream\n")
    with bz2.BZ2File(path) as file:
        print(file.read())
stream = io.BytesIO()
with bz2.BZ2File(stream, "w", compresslevel=1) as file:
    file.write(b"in memory" * 100)
print(bz2.BZ2File(io.BytesIO(stream.getvalue())).read(18), len(stream.getvalue()))

spent = _bz2.BZ2Compressor()
spent.flush()
ended = _bz2.BZ2Decompressor()
ended.decompress(made_by_cpython)
errors = [
    lambda: _bz2.BZ2Compressor(0), lambda: _bz2.BZ2Compressor(compresslevel=1), lambda: spent.compress(b"x"),
    lambda: spent.flush(), lambda: _bz2.BZ2Decompressor().decompress(b"garbage"), lambda: _bz2.BZ2Decompressor(1),
    lambda: bz2.decompress(made_by_cpython[:-3]), lambda: _bz2.BZ2Decompressor().decompress("x"),
    lambda: _bz2.BZ2Compressor("a"), lambda: ended.decompress(b"more"), lambda: bz2.decompress(b"BZh9garbage"),
]
for function in errors:
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)
