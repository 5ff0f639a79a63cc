# TCP over 127.0.0.1 with socket.py: a listening socket on an ephemeral
# port, blocking and timed calls, makefile, create_connection and
# create_server, and the errors a closed or refused socket raises.
import errno
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen()
host, port = server.getsockname()
print(host, 0 < port < 65536, server.family, server.type, server.proto)
print(repr(server).startswith("<socket.socket fd="), "laddr=('127.0.0.1'," in repr(server))
print(server.gettimeout(), server.getblocking(), server.timeout)

client = socket.socket()
print(client.connect_ex(("127.0.0.1", port)))
connection, address = server.accept()
print(type(connection).__name__, address[0], address[1] == client.getsockname()[1])
print(connection.getpeername() == client.getsockname(), client.getpeername() == ("127.0.0.1", port))
print(connection.gettimeout(), connection.getblocking())

client.sendall(b"hello " * 1000)
received = b""
while len(received) < 6000:
    received += connection.recv(4096)
print(len(received), received[:12])
print(client.send(b"abc"), connection.recv(1, socket.MSG_PEEK), connection.recv(10))
buffer = bytearray(8)
client.send(b"into")
print(connection.recv_into(buffer), buffer)
view = memoryview(bytearray(10))
client.send(b"0123456789")
print(connection.recv_into(view[2:], 4), bytes(view))
print(connection.recv(6))

# Timeouts: the wait ends with TimeoutError; a non-blocking socket raises
# BlockingIOError at once.
connection.settimeout(0.05)
print(connection.gettimeout(), connection.getblocking())
try:
    connection.recv(10)
except socket.timeout as error:
    print(type(error).__name__, error, error.errno)
connection.setblocking(False)
print(connection.gettimeout(), connection.getblocking())
try:
    connection.recv(10)
except BlockingIOError as error:
    print(type(error).__name__, error.errno == errno.EAGAIN)
connection.setblocking(True)
print(connection.gettimeout())

# makefile: buffered binary and text files over the socket.
writer = client.makefile("wb")
reader = connection.makefile("rb")
writer.write(b"line one\nline two\n")
writer.flush()
print(reader.readline(), reader.readline())
text_writer = client.makefile("w", encoding="utf-8", newline="\n")
text_reader = connection.makefile("r", encoding="utf-8")
text_writer.write("caf\u00e9\nend\n")
text_writer.flush()
print(repr(text_reader.readline()), repr(text_reader.readline()))
for stream in (writer, reader, text_writer, text_reader):
    stream.close()

# shutdown: the peer reads end of file.
client.shutdown(socket.SHUT_WR)
print(connection.recv(10))
connection.close()
client.close()
print(connection.fileno(), client._closed, repr(client).startswith("<socket.socket [closed]"))
try:
    connection.recv(1)
except OSError as error:
    print(type(error).__name__, error.errno == errno.EBADF)

# Context managers, create_connection and create_server.
with socket.create_server(("127.0.0.1", 0)) as listener:
    port = listener.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port), timeout=5) as outgoing:
        incoming, _ = listener.accept()
        with incoming:
            print(outgoing.gettimeout(), incoming.gettimeout())
            outgoing.sendall(b"ping")
            print(incoming.recv(4))
            incoming.sendall(b"pong")
            print(outgoing.recv(4))
    print(listener.fileno() >= 0)
print(listener.fileno())

# A refused connection (the port was just closed).
refused = socket.socket()
print(refused.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
try:
    refused.connect(("127.0.0.1", port))
except ConnectionRefusedError as error:
    print(type(error).__name__, error.errno == errno.ECONNREFUSED)
refused.close()

# detach and fileno=: the descriptor moves to a new socket object.
one = socket.socket()
fd = one.detach()
print(one.fileno(), fd >= 0)
two = socket.socket(fileno=fd)
print(two.family, two.type, two.fileno() == fd)
three = two.dup()
print(three.fileno() != fd, three.family)
two.close()
three.close()
