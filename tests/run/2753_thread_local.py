# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again in each thread that uses the object.
import threading
import time

data = threading.local()
data.name = "main"
seen = {}
barrier = threading.Barrier(4)

def work(k):
    print_missing = not hasattr(data, "name")
    data.name = "thread-%d" % k
    barrier.wait()  # every thread has set its own value
    seen[k] = (print_missing, data.name)

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print(data.name)

class Counter(threading.local):
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value

counter = Counter(10)
counter.bump()
results = []
def use():
    results.append(counter.bump())
    results.append(counter.bump())
for _ in range(3):
    threading.Thread(target=use).start()
while threading.active_count() > 1:
    time.sleep(0.001)
print(sorted(results), counter.value)
try:
    threading.local(1)
except TypeError as e:
    print(e)
