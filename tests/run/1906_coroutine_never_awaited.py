# A coroutine never awaited is reported as a RuntimeWarning through the
# warnings machinery (the last stderr line is the tracemalloc hint).
import io
import sys


async def job():
    pass


captured = io.StringIO()
sys.stderr = captured
job()
sys.stderr = sys.__stderr__
text = captured.getvalue()
print(text.count("RuntimeWarning: coroutine 'job' was never awaited"), text.splitlines()[-1])

gen = (x for x in range(3))
next(gen)
gen.__del__()
print(list(gen))
print("__del__" in dir(gen))
job()
