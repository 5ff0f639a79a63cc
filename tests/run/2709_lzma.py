# _lzma and lzma.py: the .xz, .lzma and raw formats, presets, checks,
# filter chains, decompression of data CPython compressed, the streaming
# objects' state, the filter-properties helpers and the errors.
import _lzma
import lzma
import os
import tarfile
import tempfile

xz_by_cpython = (b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\xe0\x00\xa9\x00\x18]\x00"
                 b"4\x19I\xee\x8d\xe9\x14\x8aj\xa5\xd6\xb6\xa5\xf3'X(\xef\xb0\x8a\xa7\xa0\x00\x00\x00\x93\x96\xe32W"
                 b"\xdf\xe7\xa0\x00\x014\xaa\x01\x00\x00\x004q\x95\xde\xb1\xc4g\xfb\x02\x00\x00\x00\x00\x04YZ")
alone_by_cpython = (b"]\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x000\x9b\nC$\xc8\xb6\x08\nI\xbfb\xda\x0f"
                    b"\xa1\xff\xff\xff\x81\xc4\x00\x00")
print(lzma.decompress(xz_by_cpython), lzma.decompress(alone_by_cpython))
print(lzma.compress(b"hello lzma world " * 10) == xz_by_cpython,
      lzma.compress(b"alone format", format=lzma.FORMAT_ALONE) == alone_by_cpython)
data = bytes(range(256)) * 40
for check in [lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256]:
    packed = lzma.compress(data, check=check, preset=1)
    decompressor = lzma.LZMADecompressor()
    print(check, len(packed), decompressor.check, decompressor.decompress(packed) == data, decompressor.check,
          lzma.is_check_supported(check))
print(len(lzma.compress(data, preset=9 | lzma.PRESET_EXTREME)))
filters = [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}]
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters)
print(len(raw), lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=filters) == data)
chain = lzma.compress(data, filters=[{"id": lzma.FILTER_X86, "start_offset": 16}, {"id": lzma.FILTER_LZMA2}])
print(len(chain), lzma.decompress(chain) == data)
lzma1 = [{"id": lzma.FILTER_LZMA1, "lc": 3, "lp": 0, "pb": 2, "mode": lzma.MODE_FAST, "mf": lzma.MF_HC4,
          "nice_len": 32, "depth": 0}]
print(lzma.decompress(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=lzma1)) == data)

decompressor = _lzma.LZMADecompressor()
print(decompressor.check, decompressor.eof, decompressor.needs_input, decompressor.unused_data)
print(decompressor.decompress(xz_by_cpython[:30]), decompressor.needs_input)
print(decompressor.decompress(xz_by_cpython[30:], max_length=5), decompressor.needs_input, decompressor.eof)
print(decompressor.decompress(b"", max_length=7), decompressor.needs_input)
print(decompressor.decompress(b"") , decompressor.eof, decompressor.check)
tail = _lzma.LZMADecompressor()
tail.decompress(xz_by_cpython + b"extra")
print(tail.eof, tail.unused_data, tail.needs_input)
print(lzma.decompress(xz_by_cpython + xz_by_cpython) == b"hello lzma world " * 20)

print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6}))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(_lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 4}),
      _lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03"))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x10"))
print(lzma.CHECK_ID_MAX, lzma.CHECK_UNKNOWN, lzma.PRESET_EXTREME, lzma.PRESET_DEFAULT, lzma.FILTER_LZMA1,
      lzma.MF_BT4, lzma.MODE_NORMAL, lzma.FORMAT_AUTO, lzma.FORMAT_RAW)

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "file.xz")
    with lzma.open(path, "wt", encoding="utf-8") as file:
        file.write("xz text\n" * 3)
    with lzma.open(path, "rt", encoding="utf-8") as file:
        print(file.read())
    archive = os.path.join(directory, "archive.tar.xz")
    with tarfile.open(archive, "w:xz") as tar:
        print(tar.fileobj.__class__.__name__)
    with tarfile.open(archive, "r:*") as tar:
        print(tar.getnames())

spent = lzma.LZMACompressor()
spent.flush()
errors = [
    lambda: _lzma.LZMACompressor(format=9), lambda: _lzma.LZMACompressor(format=lzma.FORMAT_RAW),
    lambda: _lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
    lambda: _lzma.LZMACompressor(preset=1, filters=[]), lambda: _lzma.LZMACompressor(filters=[1]),
    lambda: _lzma.LZMACompressor(filters=[{}]), lambda: _lzma.LZMACompressor(filters=[{"id": 99}]),
    lambda: _lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "foo": 1}]),
    lambda: _lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA, "dist": "x"}]),
    lambda: _lzma.LZMACompressor(filters=[{"id": lzma.FILTER_X86, "x": 1}]),
    lambda: _lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2}] * 5), lambda: _lzma.LZMACompressor(preset=10),
    lambda: _lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]),
    lambda: _lzma.LZMADecompressor(memlimit=5, format=lzma.FORMAT_RAW),
    lambda: _lzma.LZMADecompressor(filters=[], format=lzma.FORMAT_XZ),
    lambda: _lzma.LZMADecompressor(format=lzma.FORMAT_RAW), lambda: _lzma.LZMADecompressor(format=7),
    lambda: _lzma.LZMADecompressor().decompress(b"garbage!garbage!"),
    lambda: lzma.decompress(b"x" * 30, format=lzma.FORMAT_XZ), lambda: lzma.decompress(xz_by_cpython[:-5]),
    lambda: lzma.decompress(xz_by_cpython, memlimit=10), lambda: spent.compress(b"x"), lambda: spent.flush(),
    lambda: lzma.LZMADecompressor().decompress("x"),
]
for function in errors:
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)
