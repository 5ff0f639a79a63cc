# Blocking calls release the GIL: a thread blocked reading a pipe lets the
# main thread write to it; sleeping threads sleep at the same time.
import os
import select
import subprocess
import sys
import threading
import time

r, w = os.pipe()
received = []
reader = threading.Thread(target=lambda: received.append(os.read(r, 100)))
reader.start()
time.sleep(0.01)
os.write(w, b"through the pipe")
reader.join()
print(received)

# select() waiting in a thread.
ready = []
def waiter():
    ready.append(select.select([r], [], [], 5)[0] == [r])
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
os.write(w, b"x")
t.join()
print(ready, os.read(r, 1))
os.close(r)
os.close(w)

# Five threads sleeping 0.2 s each take far less than 1 s together.
start = time.monotonic()
sleepers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(5)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
print("parallel sleeps", time.monotonic() - start < 0.8)

# File objects read and written from threads.
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__2759_tmp.txt")
def write_file():
    with open(path, "w") as f:
        for i in range(100):
            f.write("line %d\n" % i)
t = threading.Thread(target=write_file)
t.start()
t.join()
lines = []
t = threading.Thread(target=lambda: lines.extend(open(path).read().splitlines()))
t.start()
t.join()
os.remove(path)
print(len(lines), lines[-1])

# Subprocesses waited for in worker threads.
from concurrent.futures import ThreadPoolExecutor
def run_child(k):
    return subprocess.run([sys.executable, "-c", "print(6 * %d)" % k], capture_output=True).stdout
with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(run_child, range(3))))
