# signal.set_wakeup_fd: the descriptor gets one byte, the signal's number,
# for each signal caught by a Python handler; its checks and results.
import os
import signal
import socket
import threading

caught = []
signal.signal(signal.SIGUSR1, lambda number, frame: caught.append(number))
signal.signal(signal.SIGUSR2, lambda number, frame: caught.append(number))

reader, writer = socket.socketpair()
try:
    signal.set_wakeup_fd(writer.fileno())
except ValueError as error:
    print("ValueError:", str(error).replace(str(writer.fileno()), "N"))
writer.setblocking(False)
reader.setblocking(False)
print(signal.set_wakeup_fd(writer.fileno()))
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print(list(reader.recv(16)) == [signal.SIGUSR1, signal.SIGUSR2, signal.SIGUSR1])
print(caught == [signal.SIGUSR1, signal.SIGUSR2, signal.SIGUSR1])
print(signal.set_wakeup_fd(-1) == writer.fileno())
signal.raise_signal(signal.SIGUSR1)
try:
    reader.recv(16)
except BlockingIOError as error:
    print("BlockingIOError", error.errno == 11)
print(len(caught))

# A pipe works too; the keyword-only warn_on_full_buffer.
read_end, write_end = os.pipe()
os.set_blocking(write_end, False)
print(signal.set_wakeup_fd(write_end, warn_on_full_buffer=False))
os.kill(os.getpid(), signal.SIGUSR2)
print(list(os.read(read_end, 16)) == [signal.SIGUSR2])
print(signal.set_wakeup_fd(-1) == write_end)
print(signal.set_wakeup_fd(-1))

for bad in ((), ("x",)):
    try:
        signal.set_wakeup_fd(*bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    signal.set_wakeup_fd(fd=-1)
except TypeError as error:
    print("TypeError:", error)
try:
    signal.set_wakeup_fd(9999)
except OSError as error:
    print(type(error).__name__, error.errno)


def elsewhere():
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as error:
        print("ValueError:", error)


thread = threading.Thread(target=elsewhere)
thread.start()
thread.join()
