# select: select(), poll and epoll objects over pipes; argument errors.
import os
import select

read_end, write_end = os.pipe()


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wrapped = Wrapper(read_end)
print(select.select([read_end], [write_end], [], 0) == ([], [write_end], []))
os.write(write_end, b'x')
readable, writable, exceptional = select.select([wrapped, read_end], (write_end,), [], 1.5)
print(readable == [wrapped, read_end], writable == [write_end], exceptional)
print(select.select([], [], [], 0.01))
for bad in [(1, [], []), ([], [], [], -1), ([], [], [], 'x'), (['x'], [], []), ([-1], [], [])]:
    try:
        select.select(*bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

poller = select.poll()
print(type(poller).__name__, poller.poll(0))
poller.register(read_end, select.POLLIN)
poller.register(Wrapper(write_end))
print(sorted(poller.poll(0)) == sorted([(read_end, select.POLLIN), (write_end, select.POLLOUT)]))
poller.modify(write_end, select.POLLIN)
print(poller.poll(10) == [(read_end, select.POLLIN)])
poller.unregister(write_end)
try:
    poller.unregister(write_end)
except KeyError as error:
    print('KeyError', error.args == (write_end,))
try:
    poller.modify(write_end, select.POLLIN)
except OSError as error:
    print(type(error).__name__, error.errno)
for bad in [('x',), (read_end, -1), (read_end, 1 << 16), (read_end, 1.5)]:
    try:
        poller.register(*bad)
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
for bad in ['x', 10 ** 20, float('nan')]:
    try:
        poller.poll(bad)
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
try:
    select.poll(1)
except TypeError as error:
    print(error)

with select.epoll() as epoll:
    print(epoll.closed, epoll.fileno() > 2)
    epoll.register(read_end, select.EPOLLIN)
    epoll.register(write_end, select.EPOLLOUT)
    print(sorted(epoll.poll(0)) == sorted([(read_end, select.EPOLLIN), (write_end, select.EPOLLOUT)]))
    print(len(epoll.poll(timeout=0, maxevents=1)))
    epoll.modify(write_end, select.EPOLLIN)
    print(epoll.poll(0.5) == [(read_end, select.EPOLLIN)])
    epoll.unregister(read_end)
    print(epoll.poll(0.01))
    try:
        epoll.unregister(read_end)
    except OSError as error:
        print(type(error).__name__, error.errno)
    for bad in [dict(maxevents=0), dict(timeout='x'), dict(timeout=10 ** 20), dict(timeout=1e300)]:
        try:
            epoll.poll(**bad)
        except (TypeError, ValueError, OverflowError) as error:
            print(type(error).__name__, error)
    for bad in [(read_end, 1.5), (-1,), ('x',)]:
        try:
            epoll.register(*bad)
        except (TypeError, ValueError) as error:
            print(type(error).__name__, error)
    epoll.register(read_end, (1 << 32) | select.EPOLLIN)
    try:
        epoll.register(read_end)
    except OSError as error:
        print(type(error).__name__, error.errno)
    epoll.unregister(read_end)
    try:
        select.epoll.fromfd()
    except TypeError as error:
        print(error)
    try:
        select.epoll(sizehint=0)
    except ValueError as error:
        print(error)
print(epoll.closed)
try:
    epoll.poll()
except ValueError as error:
    print(error)
epoll.close()
os.read(read_end, 1)
os.close(read_end)
os.close(write_end)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.EPOLLET, select.PIPE_BUF)
print(sorted(name for name in dir(select) if not name.startswith('__')))
