# fcntl: descriptor flags, file status flags, flock and lockf on a file,
# buffer arguments, ioctl, errors.
import fcntl
import os

path = '/tmp/krait_test_1702_%d' % os.getpid()
fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)


class Wrapper:
    def fileno(self):
        return fd


print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.fcntl(Wrapper(), fcntl.F_SETFD, 0), fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(os.get_inheritable(fd))
flags = fcntl.fcntl(fd, fcntl.F_GETFL)
print(flags & os.O_ACCMODE == os.O_RDWR, flags & os.O_NONBLOCK)
fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK, os.get_blocking(fd))
copy = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
print(copy >= 10, os.get_inheritable(copy))
os.close(copy)
print(fcntl.fcntl(fd, fcntl.F_GETFD, b'1234'), fcntl.fcntl(fd, fcntl.F_GETFD, 'ab'))

fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX, 10, 0, 0)
fcntl.lockf(fd, fcntl.LOCK_UN, 10)
fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_UN)
print('locks ok')

read_end, write_end = os.pipe()
os.write(write_end, b'abc')
import termios
print(fcntl.ioctl(read_end, termios.FIONREAD, b'\0\0\0\0'))
buffer = bytearray(4)
print(fcntl.ioctl(read_end, termios.FIONREAD, buffer), buffer)
print(fcntl.ioctl(read_end, termios.FIONREAD, bytearray(4), False))
os.close(read_end)
os.close(write_end)

for call, arguments in [(fcntl.fcntl, (fd, fcntl.F_GETFD, 1.5)), (fcntl.fcntl, (fd, fcntl.F_GETFD, b'x' * 1025)),
                        (fcntl.fcntl, ('x', 1)), (fcntl.fcntl, (-1, 1)), (fcntl.fcntl, (1,)),
                        (fcntl.fcntl, (9999, fcntl.F_GETFD)), (fcntl.flock, (9999, fcntl.LOCK_EX)),
                        (fcntl.lockf, (fd, 0)), (fcntl.ioctl, (fd, 1, b'x' * 1025)),
                        (fcntl.ioctl, (9999, termios.FIONREAD)), (fcntl.flock, (fd,))]:
    try:
        call(*arguments)
    except (TypeError, ValueError, OSError) as error:
        print(call.__name__, type(error).__name__, error)
os.close(fd)
os.unlink(path)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.DN_MULTISHOT)
print(sorted(name for name in dir(fcntl) if not name.startswith('__')))
