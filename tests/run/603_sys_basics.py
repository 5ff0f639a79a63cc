# The sys module: what a program can learn from it.
import sys

here = __file__.rpartition("/")[0]
print(sys.argv, type(sys.argv).__name__)
print(sys.path[0] == here, type(sys.path).__name__)
print(sys.modules["sys"] is sys, sys.modules["__main__"].here == here, "builtins" in sys.modules)
print(type(sys.modules).__name__, sys.modules["builtins"].len is len)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(sys.version_info.releaselevel, sys.version_info[0] == 3, len(sys.version_info), type(sys.version_info).__name__)
print(sys.version.startswith("3.11"), hex(sys.hexversion)[:6])
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.implementation).__name__, type(sys.implementation.name).__name__)
print(type(sys.executable).__name__, "sys" in sys.builtin_module_names)
print(sys.getrecursionlimit(), sys.getdefaultencoding())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
# intern gives one object per value.
a = sys.intern("".join(["inter", "ned"]))
b = sys.intern("interned")
print(a is b, a)
# The standard streams.
print(sys.stdout.write("written\n"), sys.stdout.flush())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.encoding, repr(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stdout.writable(), sys.stdin.readable())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin), sys.stdin.readlines())
print("to stderr", file=sys.stderr)
print("end", "ing", sep="-", file=sys.stdout)
# The exception being handled.
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as error:
    kind, value, traceback = sys.exc_info()
    print(kind.__name__, value is error, sys.exception() is error)
print(sys.exc_info())
print("the last line of stderr", file=sys.stderr)
