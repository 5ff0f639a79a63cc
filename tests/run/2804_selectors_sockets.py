# selectors over sockets: the default selector (epoll), poll and select,
# an echo exchange driven by readiness events.
import selectors
import socket

for selector_class in (selectors.DefaultSelector, selectors.PollSelector, selectors.SelectSelector):
    selector = selector_class()
    left, right = socket.socketpair()
    left.setblocking(False)
    right.setblocking(False)
    selector.register(right, selectors.EVENT_READ, data="right")
    print(type(selector).__name__, selector.select(timeout=0))
    left.send(b"ping")
    events = selector.select(timeout=1)
    print([(key.data, mask) for key, mask in events])
    print(right.recv(10))
    selector.modify(right, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
    print([(key.data, mask) for key, mask in selector.select(timeout=1)])
    selector.unregister(right)
    print(len(selector.get_map()))
    selector.close()
    left.close()
    right.close()

# A tiny event loop: one server, two clients, echo until each is done.
selector = selectors.DefaultSelector()
server = socket.create_server(("127.0.0.1", 0))
server.setblocking(False)
selector.register(server, selectors.EVENT_READ, data=None)
port = server.getsockname()[1]
clients = []
for index in range(2):
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(b"message %d" % index)
    client.shutdown(socket.SHUT_WR)
    clients.append(client)
echoed = 0
closed = 0
while closed < 2:
    for key, mask in selector.select(timeout=2):
        if key.data is None:
            connection, _ = key.fileobj.accept()
            connection.setblocking(False)
            selector.register(connection, selectors.EVENT_READ, data="connection")
        else:
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data.upper())
                echoed += len(data)
            else:
                selector.unregister(key.fileobj)
                key.fileobj.close()
                closed += 1
print(echoed, sorted(client.recv(100) for client in clients))
for client in clients:
    client.close()
selector.unregister(server)
server.close()
selector.close()
