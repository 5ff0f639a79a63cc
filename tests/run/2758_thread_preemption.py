# Threads that never block still take turns: the GIL's switch interval
# makes a busy thread hand over, at loop back edges and at calls.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)

flag = False
spins = 0
def spin():
    global spins
    while not flag:  # only another thread can end this loop
        spins += 1

def setter():
    global flag
    flag = True

a = threading.Thread(target=spin)
a.start()
b = threading.Thread(target=setter)
b.start()
a.join()
b.join()
print("spinner stopped", spins > 0)

# A recursion without loops (a tree of calls, endless but for the flag)
# hands over at calls.
stop = False
def tree(depth):
    if stop or depth == 0:
        return
    tree(depth - 1)
    tree(depth - 1)
r = threading.Thread(target=tree, args=(60,))
r.start()
def stopper():
    global stop
    stop = True
s = threading.Thread(target=stopper)
s.start()
r.join()
s.join()
print("recursion stopped")

# Two CPU-bound threads both progress and both finish.
def count(n, out):
    total = 0
    for i in range(n):
        total += i
    out.append(total)
out = []
ts = [threading.Thread(target=count, args=(200000, out)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
