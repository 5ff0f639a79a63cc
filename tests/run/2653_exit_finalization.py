# What a program sees as it exits: atexit functions, then __del__ of
# module globals and of garbage cycles, and files left open are flushed --
# all before the process ends (Krait's CLI then skips freeing the rest).
import atexit
import gc
import os
import sys
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Target:
    pass


keep = Noisy("global")
cycle = Noisy("cycle")
cycle.self = cycle
target = Target()
reference = weakref.ref(target)
atexit.register(print, "atexit runs first")

# A child process writes through files it never closes, and prints without
# a final newline: everything must reach the files and our stdout.
directory = os.path.join(os.environ.get("TMPDIR", "/tmp"), "krait-2653-%d" % os.getpid())
os.mkdir(directory)
path = os.path.join(directory, "out.txt")
child = (
    "import sys\n"
    "f = open(%r, 'w')\n"
    "f.write('written ' * 3)\n"
    "b = open(%r + '.bin', 'wb')\n"
    "b.write(b'binary')\n"
    "class Late:\n"
    "    def __del__(self, write=sys.stdout.write):\n"
    "        write('late del')\n"
    "late = Late()\n"
    "sys.stdout.write('no newline')\n" % (path, path)
)
sys.stdout.flush()
status = os.spawnv(os.P_WAIT, sys.executable, [sys.executable, "-c", child])
print()
print("child status", status)
with open(path) as f:
    print(repr(f.read()))
with open(path + ".bin", "rb") as f:
    print(f.read())
os.remove(path)
os.remove(path + ".bin")
os.rmdir(directory)
del cycle
print("end of program")
