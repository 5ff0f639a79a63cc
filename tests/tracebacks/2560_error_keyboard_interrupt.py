# An uncaught KeyboardInterrupt: its traceback, then the process ends by
# SIGINT (the signal is handled where os.kill returns).
import os
import signal


def interrupt():
    os.kill(os.getpid(), signal.SIGINT)


print("before")
interrupt()
print("not reached")
