# queue: producers and consumers over Queue, LifoQueue and PriorityQueue.
import queue
import threading

q = queue.Queue(maxsize=5)
consumed = []
consumed_lock = threading.Lock()

def producer(base):
    for i in range(100):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with consumed_lock:
            consumed.append(item)
        q.task_done()

producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(consumed), sum(consumed), consumed == sorted(consumed) or "interleaved")
print(sorted(consumed)[:5], sorted(consumed)[-3:])

# get with a timeout on an empty queue, and put on a full one.
empty = queue.Queue()
try:
    empty.get(timeout=0.02)
except queue.Empty:
    print("Empty")
full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2, timeout=0.02)
except queue.Full:
    print("Full")

# A blocked get() woken by a put from another thread.
box = queue.Queue()
answer = []
t = threading.Thread(target=lambda: answer.append(box.get()))
t.start()
box.put("hello")
t.join()
print(answer)

pq = queue.PriorityQueue()
def fill(values):
    for v in values:
        pq.put(v)
ts = [threading.Thread(target=fill, args=(range(k, 60, 3),)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq.get() for _ in range(10)], pq.qsize())
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(5)])
t.start()
t.join()
print([sq.get() for _ in range(5)], sq.empty())
