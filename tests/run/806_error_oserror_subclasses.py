# OSError(errno, strerror, ...) picks its subclass by errno; its fields and str().
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "a.txt"), (2, "x", "a", None, "b"),
             (17, "exists"), (1, "perm"), (13, "acc"), (11, "again"), (4, "intr"), (32, "pipe"), (110, "t"),
             (99999, "unknown"), ("2", "str errno"), (2, "x", None), (1, 2, 3, 4, 5, 6), (2.0, "f")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = FileNotFoundError(2, "No such file", "f")
print(type(e).__name__, e)
e = FileNotFoundError(1, "perm")
print(type(e).__name__, e)
print(IOError is OSError, EnvironmentError is OSError)
class My(OSError): pass
print(type(My(2, "x")).__name__)
e = BlockingIOError(11, "again", 5)
print(e.characters_written, e.filename, e.args)
try: OSError(1, "x").characters_written
except AttributeError as a: print(a)
e = OSError(2, "x"); e.errno = 5; e.strerror = "y"; e.filename = "z"; print(e)
print(OSError(2, "x").__reduce__())
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(repr(e), str(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(e))
e = UnicodeEncodeError("ascii", "h\xe9llo\u20ac\U0001f600", 1, 2, "ordinal not in range(128)")
print(str(e), e.object, e.start)
print(str(UnicodeEncodeError("ascii", "h\u20ac", 1, 2, "r")), str(UnicodeEncodeError("ascii", "h\U0001f600", 1, 2, "r")))
print(str(UnicodeEncodeError("ascii", "hello", 1, 4, "r")))
e = ValueError(1, 2)
print(e.__reduce__())
e.x = 5
print(e.__reduce__(), e.__dict__)
f = ValueError()
f.__setstate__({"a": 1})
print(f.a, f.__setstate__(None), "__dict__" in dir(BaseException), "__setstate__" in dir(KeyError))
try:
    f.__setstate__(3)
except TypeError as error:
    print(error)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as error:
    print("caught", type(error).__name__, error.errno, error.filename)
e = OSError(2, "x")
e.characters_written = 3
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as error:
    print("AttributeError", error)
raise PermissionError(13, "Permission denied", "/root/secret")
