# The UTF-16 and UTF-32 codecs: BOMs, byte orders, surrogate pairs, errors and handlers.
tests = [("utf-16", b"\xff\xfea\x00"), ("utf-16", b"\xfe\xff\x00a"), ("utf-16", b"a\x00"), ("utf-16", b"a"),
         ("utf-16", b"a\x00b"), ("utf-16-le", b"\x00\xd8a\x00"), ("utf-16-le", b"\x00\xdca\x00"),
         ("utf-16-le", b"\x00\xd8"), ("utf-16-be", b"\xd8\x3d\xde\x00"), ("utf-16le", b"\xff\xfea\x00"),
         ("utf-16", b"\xfe\xff\xd8\x00"), ("utf-32", b"\xff\xfe\x00\x00a\x00\x00\x00"),
         ("utf-32", b"\x00\x00\xfe\xff\x00\x00\x00a"), ("utf-32-le", b"\x00\xd8\x00\x00"),
         ("utf-32-le", b"\x00\x00\x11\x00"), ("utf-32-be", b"\x00\x00\x00"), ("utf-32", b"a\x00\x00\x00"),
         ("utf_32_be", b"\x00\x00\x00a"), ("utf-32", b""), ("utf-16", b"")]
for encoding, data in tests:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
        try:
            print(encoding, data, errors, repr(data.decode(encoding, errors)))
        except UnicodeDecodeError as error:
            print(encoding, data, errors, "UnicodeDecodeError", error, error.args[1:])
for encoding in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "u32", "utf_16le",
                 "UnicodeBigUnmarked", "U16", "utf-32LE"]:
    print(encoding, "a\u20ac\U0001f600".encode(encoding), "".encode(encoding), "abc".encode(encoding))
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "xmlcharrefreplace"]:
        try:
            print(encoding, errors, "a\udc80b\ud800".encode(encoding, errors))
        except UnicodeEncodeError as error:
            print(encoding, errors, "UnicodeEncodeError", error)
text = "h\xe9llo w\u00f6rld \U0001f600 \u20ac"
for encoding in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    encoded = text.encode(encoding)
    print(encoding, len(encoded), encoded.decode(encoding) == text, str(encoded, encoding) == text,
          bytearray(encoded).decode(encoding) == text)
print("x".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"), "abc".encode("utf-16-le"))
