# threading's Timer, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
import threading
import time

log = []
log_lock = threading.Lock()
def note(x):
    with log_lock:
        log.append(x)

fired = threading.Event()
timer = threading.Timer(0.01, lambda: (note("timer"), fired.set()))
timer.start()
print(fired.wait(5), log)
cancelled = threading.Timer(10, note, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(cancelled.is_alive(), log)

event = threading.Event()
print(event.is_set(), event.wait(0.01))
waiters = [threading.Thread(target=lambda k=k: (event.wait(), note(k))) for k in range(3)]
for t in waiters:
    t.start()
event.set()
for t in waiters:
    t.join()
print(sorted(log[1:]))

# Condition: a consumer waits for items a producer adds.
cond = threading.Condition()
items = []
got = []
def consumer():
    with cond:
        while len(got) < 10:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))
c = threading.Thread(target=consumer)
c.start()
for i in range(10):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.001)
c.join()
print(got)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01))

# Semaphore: at most 2 workers inside at once.
sem = threading.Semaphore(2)
inside = 0
most = 0
counts_lock = threading.Lock()
def limited():
    global inside, most
    with sem:
        with counts_lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.005)
        with counts_lock:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("most inside:", most)
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print(e)

# Barrier: every party passes only once all arrive; one gets index 0.
barrier = threading.Barrier(3, action=lambda: note("action"))
indices = []
def party():
    indices.append(barrier.wait())
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), log.count("action"))
broken = threading.Barrier(2)
try:
    broken.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", broken.broken)
