# A signal handler runs during a long match, and its exception ends it.
import re
import _signal as signal

def handler(signum, frame):
    raise TimeoutError("the pattern took too long")

signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
try:
    re.match(r"(x+x+)+y", "x" * 40)
    print("finished")
except TimeoutError as e:
    print("interrupted:", e)
signal.alarm(0)
print(re.match(r"(x+x+)+y", "x" * 10 + "y").span())
