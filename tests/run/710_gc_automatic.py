# Collections start by themselves when enough containers were allocated
# (gc.set_threshold), not while gc is disabled.
import gc

class Cyclic:
    freed = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cyclic.freed += 1

def churn(n):
    for i in range(n):
        Cyclic()

gc.collect()
gc.disable()
churn(2000)
print("disabled", Cyclic.freed)
print("collected", gc.collect())
print("all freed", Cyclic.freed)

Cyclic.freed = 0
gc.enable()
gc.set_threshold(100, 10, 10)
churn(2000)
print("automatic", Cyclic.freed > 1000)
gc.collect()
print("all freed", Cyclic.freed)

# Making and dropping containers without cycles does not raise the count.
gc.collect()
before = gc.get_count()[0]
for i in range(1000):
    t = [i]
print("count stays small", gc.get_count()[0] - before < 50)
gc.set_threshold(700, 10, 10)
