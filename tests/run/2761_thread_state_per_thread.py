# What is per thread: the exception being handled (sys.exc_info), the
# frames (sys._getframe), the recursion depth, generators' state.
import sys
import threading

barrier = threading.Barrier(2)
out = {}

def handler(name, exc_type):
    try:
        raise exc_type(name)
    except exc_type:
        barrier.wait()  # both threads are inside their except block
        out[name] = (sys.exc_info()[0].__name__, str(sys.exc_info()[1]), sys._getframe().f_code.co_name)
        barrier.wait()
    out[name + " after"] = sys.exc_info()

ts = [threading.Thread(target=handler, args=("a", KeyError)), threading.Thread(target=handler, args=("b", OSError))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(sys.exc_info())

def depth(n):
    return depth(n + 1) if n < 900 else n
results = []
def deep():
    results.append(depth(0))
ts = []
for _ in range(3):
    ts.append(threading.Thread(target=deep))
    ts[-1].start()
for t in ts:
    t.join()
print(results)

def overflow():
    try:
        depth(-10**6)
    except RecursionError as e:
        results.append(str(e))
t = threading.Thread(target=overflow)
t.start()
t.join()
print(results[-1])

def gen():
    for i in range(3):
        yield i
g = gen()
print(next(g))
seen = []
t = threading.Thread(target=lambda: seen.extend(g))
t.start()
t.join()
print(seen)
