# str.encode and bytes.decode with utf-8, ascii and latin-1 and the error
# handlers, as CPython 3.11.
text = "a\u00e9\u20ac\U0001f600z"
for encoding in ["utf-8", "UTF8", "utf_8", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "L1", "U8"]:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(encoding, errors, text.encode(encoding, errors))
print("plain".encode(), "caf\u00e9".encode(), "caf\u00e9".encode("latin-1"), "x".encode(encoding="ascii"))
print("\ud800x".encode("utf-8", "surrogatepass"), "\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode(errors="replace"))
raw = b"a\xc3\xa9\xff\xe2\x82\xacz\xe4\xb8"
for encoding in ["utf-8", "latin-1", "ascii"]:
    for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
        print(encoding, errors, ascii(raw.decode(encoding, errors)))
print(b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), bytearray(b"ok").decode(), b"".decode())
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), ascii(b"\xf0\x9f\x98\x80".decode()))
print(ascii(b"\xc0\x80\xf5\xed\xa0\x80".decode("utf-8", "replace")), ascii(b"\xe2\x82".decode("utf-8", "replace")))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(bytearray(b"x\xff"), "utf-8", "replace"))
print(b"abc".decode(errors="bogus"), "abc".encode(errors="bogus"))
for sample in ["\u00e9".encode(), "\u20ac".encode(), "\U0001f600".encode(), "\x7f".encode("ascii")]:
    print(sample, len(sample), sample.decode() == sample.decode("utf-8"))
