# UDP over 127.0.0.1 and ::1, the argument errors of the socket methods
# (CPython's texts), and socket options.
import socket

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
address = receiver.getsockname()
print(sender.sendto(b"first", address), sender.sendto(b"second", 0, address))
data, peer = receiver.recvfrom(100)
print(data, peer[0], peer[1] == sender.getsockname()[1])
print(receiver.recv(100))
receiver.settimeout(0.02)
try:
    receiver.recvfrom(100)
except TimeoutError as error:
    print("timeout:", error)
sender.connect(address)
sender.send(b"connected")
print(receiver.recvfrom(100)[0])
sender.close()
receiver.close()

try:
    six = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    six.bind(("::1", 0))
except OSError:
    print("no IPv6 loopback")
else:
    host, port, flowinfo, scope_id = six.getsockname()
    print(host, port > 0, flowinfo, scope_id)
    other = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    other.sendto(b"six", ("::1", port))
    print(six.recvfrom(10)[0])
    other.close()
    six.close()

probe = socket.socket()
print(probe.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), probe.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
probe.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(probe.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
linger = probe.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print(len(linger), linger)
probe.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x05\x00\x00\x00")
print(probe.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
print(probe.getsockname())


def attempt(function):
    try:
        print("ok", repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


raw = socket.socket()
for function in [
    lambda: raw.settimeout(-1), lambda: raw.settimeout("x"), lambda: raw.settimeout(float("nan")),
    lambda: raw.settimeout(2 ** 70), lambda: raw.setblocking("x"), lambda: raw.bind("x"),
    lambda: raw.bind(("127.0.0.1",)), lambda: raw.bind(("127.0.0.1", "x")), lambda: raw.bind(("127.0.0.1", 70000)),
    lambda: raw.bind((1, 1)), lambda: raw.bind(("127.0.0.1", -1)), lambda: raw.bind(("a\0b", 1)),
    lambda: raw.recv(-1), lambda: raw.recv_into(bytearray(1), -1), lambda: raw.recv_into(bytearray(1), 5),
    lambda: raw.recv_into(b"x"), lambda: raw.recvfrom_into(bytearray(1), 5), lambda: raw.sendto(b"x"),
    lambda: raw.sendto(b"x", 1, 2, 3), lambda: raw.send("x"), lambda: raw.getsockopt(1, 2, 2000),
    lambda: raw.setsockopt(1, 2), lambda: raw.setsockopt(1, 2, "x"), lambda: raw.setsockopt(1, 2, None),
    lambda: raw.shutdown(0), lambda: raw.getpeername(), lambda: raw.listen(backlog=1),
    lambda: raw.recv(), lambda: raw.getsockopt(1), lambda: raw.send(),
    lambda: socket.socket(fileno=-1), lambda: socket.socket(fileno=1.5), lambda: socket.socket(socket.AF_INET, 999),
    lambda: socket.socket(socket.AF_INET6).bind(("::1", 0, 1 << 21)), lambda: socket.socket(socket.AF_INET6).bind(("::1",)),
    lambda: socket.socket(socket.AF_INET6).bind("x"), lambda: socket.socket(socket.AF_UNIX).bind(1),
    lambda: socket.socket(socket.AF_UNIX).bind("x" * 200), lambda: socket.socket(socket.AF_UNIX).getsockname(),
]:
    attempt(function)
raw.close()
nonblocking = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(nonblocking.type, nonblocking.gettimeout(), nonblocking.getblocking())
nonblocking.close()
