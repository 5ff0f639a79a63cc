# AF_UNIX sockets: socketpair, paths in a temporary directory, Linux's
# abstract namespace, datagrams, and descriptors passed with SCM_RIGHTS
# (sendmsg/recvmsg).
import array
import os
import socket
import shutil

left, right = socket.socketpair()
print(left.family, left.type, left.getsockname(), right.getpeername())
left.sendall(b"over the pair")
print(right.recv(100))
print(right.send(b"back"), left.recvfrom(10))
left.close()
print(right.recv(10))
right.close()

directory = "/tmp/krait-2802-%d" % os.getpid()
os.mkdir(directory)
if True:
    path = os.path.join(directory, "server.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    print(server.getsockname() == path, os.path.exists(path))
    client = socket.socket(socket.AF_UNIX)
    client.connect(path)
    connection, address = server.accept()
    print(repr(address), client.getpeername() == path)
    client.sendall(b"x" * 100000)
    total = 0
    while total < 100000:
        total += len(connection.recv(65536))
    print(total)
    for sock in (connection, client, server):
        sock.close()

    # Datagrams between two bound paths.
    first = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    second = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    first.bind(os.path.join(directory, "a"))
    second.bind(os.path.join(directory, "b").encode())
    print(first.sendto(b"datagram", os.path.join(directory, "b")))
    data, sender = second.recvfrom(100)
    print(data, sender == os.path.join(directory, "a"))
    buffer = bytearray(4)
    first.sendto(b"truncated", os.path.join(directory, "b"))
    count, sender = second.recvfrom_into(buffer)
    print(count, sender == os.path.join(directory, "a"), buffer)
    first.close()
    second.close()

    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(directory, "missing"))
    except FileNotFoundError as error:
        print(type(error).__name__, error.strerror)

shutil.rmtree(directory)

# The abstract namespace: names start with a NUL byte.
name = b"\0krait-test-%d" % os.getpid()
abstract = socket.socket(socket.AF_UNIX)
abstract.bind(name)
print(abstract.getsockname() == name)
abstract.close()

# Descriptors passed over a socketpair.
left, right = socket.socketpair()
read_end, write_end = os.pipe()
# (socket.send_fds passes an array.array, which Krait's buffers lack.)
payload = array.array("i", [read_end, write_end]).tobytes()
print(left.sendmsg([b"fds"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, payload)]))
message, ancillary, flags, address = right.recvmsg(10, socket.CMSG_SPACE(8))
data = ancillary[0][2]
fds = [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]
print(message, len(fds), flags, address)
os.write(fds[1], b"through a passed descriptor")
print(os.read(read_end, 100))
for fd in fds + [read_end, write_end]:
    os.close(fd)
left.sendmsg([b"a", b"b", memoryview(b"cd")])
print(right.recvmsg(10))
fd_array = array.array("i", [0])
left.sendmsg([b"z"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fd_array.tobytes())])
message, ancillary, flags, address = right.recvmsg(10, socket.CMSG_SPACE(4))
print(message, [(level, kind, len(data)) for level, kind, data in ancillary])
os.close(int.from_bytes(ancillary[0][2], "little"))
for bad in (lambda: left.sendmsg(1), lambda: left.sendmsg([1]), lambda: right.recvmsg(-1), lambda: right.recvmsg(1, -1),
            lambda: left.sendmsg([b"x"], [(1, 2)])):
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
left.close()
right.close()
