# atexit: functions run at exit, last registered first; errors are reported
# as unraisable and do not change the exit status.
import atexit

before = atexit._ncallbacks()

def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))

def fail():
    raise ValueError("from an exit function")

atexit.register(report, 1, b=2)
atexit.register(fail)
print(atexit.register(report, "decorated") is report)
atexit.register(print, "print runs first")
atexit.unregister(print)
atexit.register(print, "registered again")
print(atexit._ncallbacks() - before)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)

@atexit.register
def goodbye():
    print("goodbye")
    atexit.register(print, "registered while exiting")

print(sorted(n for n in dir(atexit) if not n.startswith('__')))
print("end of program")
