# _thread.start_new_thread directly: arguments, keyword arguments, the new
# thread's identity, _count, and an exception reported as unraisable.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
results = []
def work(a, b, *, c=0):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
print(type(ident).__name__, ident != main_ident)
done.acquire()
print(results)

def exits():
    done.release()
    _thread.exit()
_thread.start_new_thread(exits, ())
done.acquire()

def wait_for_threads():
    for _ in range(100):
        if _thread._count() == 0:
            break
        time.sleep(0.01)
    print("count", _thread._count())
wait_for_threads()

def fails():
    try:
        raise ZeroDivisionError("in the thread")
    finally:
        done.release()
_thread.start_new_thread(fails, ())
done.acquire()
wait_for_threads()
