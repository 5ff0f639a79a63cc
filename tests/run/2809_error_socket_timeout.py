# An uncaught socket timeout: TimeoutError "timed out".
import socket

left, right = socket.socketpair()
right.settimeout(0.01)
left.send(b"x")
print(right.recv(10))
right.recv(10)
