# Daemon threads still running (blocked or busy) when the program ends do
# not keep it alive; a non-daemon thread is waited for before atexit runs.
import atexit
import threading
import time

atexit.register(lambda: print("atexit runs"))
forever = threading.Event()

def blocked():
    forever.wait()

def busy():
    n = 0
    while True:
        n += 1

def sleeper():
    time.sleep(0.2)

def late():
    time.sleep(0.1)
    print("non-daemon thread done")

for target in (blocked, busy, sleeper):
    threading.Thread(target=target, daemon=True).start()
threading.Thread(target=late).start()
print("daemons:", sorted(t.daemon for t in threading.enumerate()))
print("main done")
