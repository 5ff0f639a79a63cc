# Signals are handled in the main thread only, whichever thread caused them;
# _thread.interrupt_main raises KeyboardInterrupt in the main thread, inside
# the loop it interrupts.
import _thread
import os
import signal
import threading
import time

handled = []
def handler(number, frame):
    handled.append((number == signal.SIGUSR1, threading.current_thread().name))
signal.signal(signal.SIGUSR1, handler)

worker = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGUSR1), name="killer")
worker.start()
worker.join()
deadline = time.monotonic() + 5
while not handled and time.monotonic() < deadline:
    pass
print(handled)

def interrupt():
    time.sleep(0.02)
    _thread.interrupt_main()
threading.Thread(target=interrupt).start()
try:
    while True:
        pass
except KeyboardInterrupt as e:
    print("interrupted", repr(e))

signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print("ignored")
signal.signal(signal.SIGINT, lambda n, f: print("custom SIGINT handler", n == signal.SIGINT))
t = threading.Thread(target=_thread.interrupt_main)
t.start()
t.join()
for _ in range(1000):
    pass
print("done")

# A signal handler's exception interrupts the main thread's wait in join().
class Stop(Exception):
    pass
def raiser(number, frame):
    raise Stop("from handler")
signal.signal(signal.SIGUSR2, raiser)
release = threading.Event()
def sender():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR2)
    release.wait(5)
t = threading.Thread(target=sender)
t.start()
try:
    t.join()
    print("not interrupted")
except Stop as e:
    print("join interrupted:", e)
release.set()
t.join()
print(t.is_alive())
