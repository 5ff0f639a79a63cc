# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, exceptions.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import threading

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(square, range(20))))
    futures = [pool.submit(pow, 2, k) for k in range(10)]
    print(sorted(f.result() for f in as_completed(futures)))
    names = set(pool.map(lambda _: threading.current_thread().name.split('_')[0], range(50)))
    print(sorted(names))

def fail(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(fail, k) for k in range(5)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    for f in futures:
        f.exception()
    print([repr(f.exception()) for f in futures])
    try:
        list(pool.map(fail, range(5)))
    except ValueError as e:
        print("map raised", e)

pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="w")
print(sum(pool.map(square, range(1000))))
pool.shutdown(wait=True)
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print(e)
print(threading.active_count())
