# Errors of threading and _thread, with CPython's messages.
import _thread
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
for args in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
try:
    _thread.start_new_thread(print)
except TypeError as e:
    print(e)
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print(e)
r = threading.RLock()
r.acquire()
err = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        err.append(str(e))
    err.append(r.acquire(blocking=False))
th = threading.Thread(target=other)
th.start()
th.join()
print(err)
d = threading.Thread(target=lambda: None)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print(e)
d.join()
print(repr(threading.main_thread()).split(" ")[0], threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
