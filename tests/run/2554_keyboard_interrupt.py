# SIGINT raises KeyboardInterrupt (signal.default_int_handler is installed
# at start-up); an uncaught one ends the process by SIGINT after its
# traceback, as CPython's exit does.
import os
import signal
import subprocess
import sys
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("caught", repr(e))

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("caught raise_signal")

signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.signal(signal.SIGALRM, lambda number, frame: os.kill(os.getpid(), signal.SIGINT))
try:
    time.sleep(5)
except KeyboardInterrupt:
    print("sleep interrupted")

signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("loop interrupted")

read_end, write_end = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    with open(read_end, "rb") as pipe:
        pipe.read(10)
except KeyboardInterrupt:
    print("read interrupted")
os.close(write_end)

previous = signal.signal(signal.SIGINT, signal.SIG_DFL)
print(previous is signal.default_int_handler, signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, previous)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

child = """
import os, signal
def work():
    os.kill(os.getpid(), signal.SIGINT)
print("child", flush=True)
work()
"""
result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
print(result.returncode, repr(result.stdout))
print(result.stderr.splitlines()[0], result.stderr.splitlines()[-1])

caught = """
import os, signal, sys
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    sys.exit(3)
"""
print(subprocess.run([sys.executable, "-c", caught]).returncode)
ignored = """
import os, signal
print(signal.getsignal(signal.SIGINT))
"""
print(subprocess.run([sys.executable, "-c", ignored], capture_output=True, text=True,
                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)).stdout.strip())
