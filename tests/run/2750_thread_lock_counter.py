# threading: 8 threads x 10000 increments under a Lock give the exact total;
# the threads run apart from the main thread, and all are gone after join.
import threading
import _thread

counter = 0
lock = threading.Lock()
idents = set()

def work(n):
    global counter
    idents.add(threading.get_ident())
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(10000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(len(idents) >= 1, threading.get_ident() not in idents)
print([t.is_alive() for t in threads])
print(_thread._count(), threading.active_count())

# An RLock taken recursively by several threads.
rlock = threading.RLock()
total = []
def nested(k):
    for _ in range(500):
        with rlock:
            with rlock:
                total.append(k)
threads = [threading.Thread(target=nested, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(total), sorted(set(total)), rlock._is_owned())

# Lock.acquire with a timeout while another thread holds it.
held = threading.Lock()
held.acquire()
results = []
def try_take():
    results.append(held.acquire(timeout=0.05))
    results.append(held.acquire(blocking=False))
t = threading.Thread(target=try_take)
t.start()
t.join()
print(results)
# A lock released by another thread than the one that took it.
def releaser():
    held.release()
t = threading.Thread(target=releaser)
t.start()
t.join()
print(held.locked())
