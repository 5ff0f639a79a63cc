# posix: files and directories by name and by descriptor, scandir, errors.
import posix

base = '/tmp/krait_test_1301_%d' % posix.getpid()
posix.mkdir(base)
try:
    posix.mkdir(base)
except FileExistsError as error:
    print(type(error).__name__, error.errno, error.strerror, error.filename == base)
fd = posix.open(base + '/f.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b'hello world\n'), posix.get_inheritable(fd), posix.get_blocking(fd))
posix.close(fd)
fd = posix.open(base + '/f.txt', posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 2), posix.fstat(fd).st_size, posix.isatty(fd))
posix.close(fd)
posix.mkdir(base + '/sub')
posix.symlink('f.txt', base + '/link')
for entry in sorted(posix.scandir(base), key=lambda e: e.name):
    print(entry, entry.name, entry.path[len(base):], entry.is_dir(), entry.is_file(), entry.is_symlink(),
          entry.is_file(follow_symlinks=False), entry.stat().st_size if not entry.is_dir() else '-',
          entry.inode() == posix.lstat(entry.path).st_ino, posix.fspath(entry) == entry.path)
with posix.scandir(base.encode()) as entries:
    print(sorted(entry.name for entry in entries))
print(posix.readlink(base + '/link'), posix.readlink(base.encode() + b'/link'))
print(posix.lstat(base + '/link').st_mode & 0o170000 == 0o120000, posix.stat(base + '/link').st_size)
posix.rename(base + '/f.txt', base + '/g.txt')
posix.replace(base + '/g.txt', base + '/h.txt')
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
posix.chmod(base + '/h.txt', 0o600)
print(oct(posix.stat(base + '/h.txt').st_mode & 0o777), posix.access(base + '/h.txt', posix.R_OK))
posix.utime(base + '/h.txt', (1000000000, 1500000000))
status = posix.stat(base + '/h.txt')
print(status.st_atime, status.st_mtime, status.st_mtime_ns, status[8])
posix.utime(base + '/h.txt', ns=(5, 1234567890123456789))
print(posix.stat(base + '/h.txt').st_mtime_ns)
posix.truncate(base + '/h.txt', 3)
print(posix.stat(base + '/h.txt').st_size)
posix.link(base + '/h.txt', base + '/hard')
print(posix.stat(base + '/h.txt').st_nlink)

for call, arguments in [(posix.stat, (base + '/nope',)), (posix.rename, (base + '/nope', base + '/nope2')),
                        (posix.rmdir, (base + '/h.txt',)), (posix.listdir, (base + '/h.txt',)),
                        (posix.open, (base + '/nope', posix.O_RDONLY)), (posix.close, (9999,)),
                        (posix.unlink, (base + '/sub',)), (posix.mkdir, (base,)), (posix.readlink, (base,))]:
    try:
        call(*arguments)
    except OSError as error:
        print(call.__name__, type(error).__name__, error.errno, error.strerror,
              None if error.filename is None else str(error.filename).replace(base, '<base>'),
              None if error.filename2 is None else error.filename2.replace(base, '<base>'))

posix.unlink(base + '/link')
posix.remove(base + '/h.txt')
posix.remove(base + '/hard')
posix.rmdir(base + '/sub')
posix.rmdir(base)
print(posix.access(base, posix.F_OK))

for bad in ([], 'a\0b', b'a\0b', 1.5, None):
    try:
        posix.stat(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
for call in (posix.mkdir, posix.listdir, posix.scandir, posix.readlink):
    try:
        call(2.5)
    except TypeError as error:
        print(error)


class Fspath:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


print(posix.fspath('x'), posix.fspath(b'y'), posix.fspath(Fspath('z')), posix.stat(Fspath('/')).st_mode > 0)
for bad in (Fspath(3), 3):
    try:
        posix.fspath(bad)
    except TypeError as error:
        print(error)
