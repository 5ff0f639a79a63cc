# _socket's module level: constants, byte order, address text, numeric
# lookups, timeouts and the error classes, as CPython 3.11 on Linux.
import _socket
import socket


def attempt(function):
    try:
        print("ok", repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), str(socket.AF_INET6))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.MSG_PEEK)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.AI_PASSIVE, socket.NI_NUMERICHOST)
print(socket.EAI_NONAME, socket.INADDR_ANY, socket.INADDR_LOOPBACK, socket.SOMAXCONN, socket.SCM_RIGHTS)
print(socket.CAN_BCM_TX_SETUP, socket.UDPLITE_RECV_CSCOV, socket.ALG_OP_SIGN, socket.IPPORT_RESERVED)
ints = sorted(name for name in dir(_socket) if type(getattr(_socket, name)) is int)
print(len(ints), sum(getattr(_socket, name) for name in ints) % 1000003)
functions = sorted(name for name in dir(_socket) if callable(getattr(_socket, name)) and not name[0].isupper())
print(functions)
print(_socket.socket, _socket.SocketType is _socket.socket, _socket.error is OSError, _socket.timeout is TimeoutError)
print(socket.timeout, socket.herror.__mro__, socket.gaierror.__module__, socket.has_ipv6)

print(socket.htons(1), socket.ntohs(0x0102), socket.htonl(1), socket.ntohl(0x01020304))
for function, value in [(socket.htons, -1), (socket.htons, 70000), (socket.htons, 1.5), (socket.htonl, -1),
                        (socket.htonl, 2 ** 32), (socket.htonl, 2 ** 64), (socket.ntohl, "x")]:
    attempt(lambda: function(value))

print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(range(16))))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
attempt(lambda: socket.inet_aton("x"))
attempt(lambda: socket.inet_aton(b"1.2.3.4"))
attempt(lambda: socket.inet_ntoa(b"12"))
attempt(lambda: socket.inet_ntoa("1234"))
attempt(lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
attempt(lambda: socket.inet_pton(99, "x"))
attempt(lambda: socket.inet_ntop(socket.AF_INET, b"12"))
attempt(lambda: socket.inet_ntop(99, b"1234"))

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "80", socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(b"127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST))
info = socket.getaddrinfo("127.0.0.1", 8080, type=socket.SOCK_STREAM)[0]
print(type(info[0]).__name__, type(info[1]).__name__, info)
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
attempt(lambda: socket.getaddrinfo(1, 2))
attempt(lambda: socket.getaddrinfo("127.0.0.1", 1.5))
attempt(lambda: socket.getaddrinfo("127.0.0.1", 80, 12345))
attempt(lambda: socket.getaddrinfo("127.0.0.1", "no-such-service-name", socket.AF_INET, socket.SOCK_STREAM))
attempt(lambda: socket.getnameinfo("x", 0))
attempt(lambda: socket.getnameinfo(("127.0.0.1",), 0))
attempt(lambda: socket.getnameinfo(("127.0.0.1", 80, 1), 0))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(""), socket.gethostbyname("<broadcast>"))
print(socket.gethostname() == open("/proc/sys/kernel/hostname").read().strip())
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80, "tcp"), socket.getprotobyname("udp"))
attempt(lambda: socket.getservbyname("no-such-service"))
attempt(lambda: socket.getservbyport(70000))
attempt(lambda: socket.getservbyport(1, "zz"))
attempt(lambda: socket.getprotobyname("zz"))

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
socket.setdefaulttimeout(None)
attempt(lambda: socket.setdefaulttimeout(-1))
attempt(lambda: socket.setdefaulttimeout("x"))
print(socket.CMSG_LEN(0), socket.CMSG_LEN(10), socket.CMSG_SPACE(4), socket.CMSG_SPACE(0))
attempt(lambda: socket.CMSG_LEN(-1))
print(socket.if_nametoindex("lo"), socket.if_indextoname(socket.if_nametoindex("lo")))
print(any(name == "lo" for index, name in socket.if_nameindex()))
attempt(lambda: socket.if_nametoindex("no-such-interface"))
attempt(lambda: socket.if_indextoname("x"))
error = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
print(error.errno, error, isinstance(error, OSError))
