# _thread: locks and re-entrant locks as one thread sees them.
import _thread

print(sorted(n for n in dir(_thread) if not n.startswith('_') or n in ('_count', '_set_sentinel')))
lock = _thread.allocate_lock()
print(type(lock), _thread.LockType is type(lock), _thread.error)
print(repr(lock).split(' at ')[0])
print(lock.acquire(), lock.locked(), repr(lock).split(' at ')[0])
print(lock.acquire(False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
for args in [(False, 1), (True, -2), (True, 1e100)]:
    try:
        lock.acquire(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    lock.release()
except RuntimeError as e:
    print(e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock())
try:
    _thread.LockType()
except TypeError as e:
    print(e)

r = _thread.RLock()
print(repr(r).split(' at ')[0])
try:
    r.release()
except RuntimeError as e:
    print(e)
print(r.acquire(), r.acquire(blocking=False), r._is_owned(), r._recursion_count())
print(repr(r).split(' owner=')[0], repr(r).split(' count=')[1].split(' ')[0])
state = r._release_save()
print(state[0], r._is_owned(), repr(r).split(' at ')[0])
r._acquire_restore(state)
print(r._recursion_count())
r.release(); r.release()
with r:
    with r:
        print("nested", r._recursion_count())
print(r._is_owned())

class MyRLock(_thread.RLock):
    pass
print(repr(MyRLock()).split(' at ')[0])
print(_thread.get_ident() == _thread.get_ident() > 0, _thread.stack_size(), _thread._count())
print(type(_thread.get_native_id()), _thread.TIMEOUT_MAX)
try:
    _thread.stack_size(100)
except ValueError as e:
    print(e)
sentinel = _thread._set_sentinel()
print(type(sentinel).__name__, sentinel.locked())
