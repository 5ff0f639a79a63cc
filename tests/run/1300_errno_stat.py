# errno's names and errorcode; _stat's tests of a mode, filemode and constants.
import errno
import _stat

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.ENOTSUP])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
print(list(errno.errorcode.items())[:3])
print(sorted(name for name in dir(errno) if name.startswith('E'))[:8])

modes = [0o40755, 0o100644, 0o120777, 0o20620, 0o60660, 0o10644, 0o140755, 0o104755, 0o102755, 0o101777, 0o41777, 0o170000]
for mode in modes:
    tests = [name for name in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
                               'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(_stat, name)(mode)]
    print(oct(mode), _stat.filemode(mode), _stat.S_IMODE(mode), _stat.S_IFMT(mode), tests)
print(_stat.S_IRWXU, _stat.S_IFDIR, _stat.UF_HIDDEN, _stat.SF_SNAPSHOT, _stat.ST_MTIME, _stat.S_ENFMT)
print(_stat.S_ISDIR(True), _stat.S_ISREG(0))
for bad in ('x', -1, 2 ** 40, 1.5, 2 ** 70):
    try:
        _stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as error:
        print(type(error).__name__, error)
try:
    _stat.filemode()
except TypeError as error:
    print(error)

import stat
print(stat.filemode(0o100755), stat.S_ISDIR(0o40000), stat.S_IFMT(0o100644) == stat.S_IFREG)
