# fork() while other threads run: the child keeps only the forking thread,
# and can start and join threads of its own.
import os
import threading
import time

stop = threading.Event()
def busy():
    while not stop.is_set():
        time.sleep(0.001)
t = threading.Thread(target=busy)
t.start()
pid = os.fork()
if pid == 0:
    results = []
    lock = threading.Lock()
    def work(k):
        with lock:
            results.append(k * k)
    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print("child", sorted(results), flush=True)
    os._exit(7)
_, status = os.waitpid(pid, 0)
stop.set()
t.join()
print("parent", os.WEXITSTATUS(status))
