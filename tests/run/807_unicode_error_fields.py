# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: arguments, fields, str().
print(str(UnicodeTranslateError("h\xe9", 1, 2, "r")), str(UnicodeTranslateError("hello", 1, 3, "r")), UnicodeTranslateError("a",0,1,"r").encoding)
for bad in [lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"), lambda: UnicodeDecodeError(1, b"", 0, 1, "r"),
            lambda: UnicodeDecodeError("utf-8"), lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"),
            lambda: UnicodeDecodeError("utf-8", b"x", "0", 1, "r")]:
    try: bad()
    except TypeError as t: print(t)
try: b"\xff".decode()
except UnicodeDecodeError as e: print(e.args, e.start, e.end, e.object, e.reason, e.encoding)
try: "\xe9".encode("ascii")
except UnicodeEncodeError as e: print(e.args, e.start, e.end, e.object, e.reason, e.encoding)
print(str(UnicodeError()), UnicodeError("x").args)
e = UnicodeDecodeError("utf-8", bytearray(b"ab"), 5, 9, "r"); print(str(e), type(e.object))
e = UnicodeDecodeError("utf-8", b"ab", 0, 1, "r"); e.start = 1; print(str(e)); e.end=0; print(str(e))
for data in [b"ab\xffcd", b"\xe2\x82", b"\xed\xa0\x80"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e.args, e)
for text, encoding in [("abc\udc80", "utf-8"), ("\xe9\xe8", "ascii"), ("\u20ac", "latin-1")]:
    try:
        text.encode(encoding)
    except UnicodeEncodeError as e:
        print(repr(e.args), e.start, e.end)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e.args, isinstance(e, ValueError))
