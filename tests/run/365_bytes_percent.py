# printf-style formatting of bytes and bytearray (CPython's _PyBytes_FormatEx).
print(b"%s %d %r %a %x %c %c %5.2f %%" % (b"ab", 3, "\u00e9", "\u00e9", 255, 65, b"z", 1.5))
print(b"%b|%s|%s" % (bytearray(b"q"), b"\xff", bytearray(b"")), bytearray(b"%s!") % b"x", b"%s" % b"solo")
print(b"%i %u %o %X %e %g %E %G" % (1, 2, 8, 255, 1.5, 2.5, 3.5, 4.5))
print(b"%#x %#o %+d % d %-5d| %05d" % (255, 8, 3, 4, 5, 6), b"%.2s|%5s|%-5s|" % (b"abc", b"ab", b"cd"))
print(b"%*d|%-*d|%.*f" % (5, 3, 4, 2, 2, 3.14159), b"%(a)s-%(b)d" % {b"a": b"x", b"b": 7}, b"100%%" % ())

class WithBytes:
    def __bytes__(self):
        return b"<custom>"

print(b"%s %r %a" % (WithBytes(), b"x", [1, b"y"]), b"%c%c" % (bytearray(b"a"), 0), b"%d" % True, b"%x" % 3.0 if False else b"")
print(b"%s" % (b"t",), b"%r" % "q'", b"%5r|%-6a|" % (1, "\u20ac"))
