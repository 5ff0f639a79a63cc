# An uncaught socket.gaierror, named with its module.
import socket

print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM)[0][4])
socket.getaddrinfo("127.0.0.1", "no-such-service-name", socket.AF_INET, socket.SOCK_STREAM)
