# An uncaught ConnectionRefusedError from connect() to a closed port.
import socket

listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]
listener.close()
client = socket.socket()
client.settimeout(5)
print(client.gettimeout())
client.connect(("127.0.0.1", port))
