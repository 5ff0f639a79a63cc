# An exception escaping a thread's run(): threading.excepthook gets it (a
# custom hook sees its arguments; the default one prints the traceback on
# stderr, whose last line is compared); SystemExit ends the thread quietly.
import sys
import threading

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

def boom():
    raise KeyError("missing")

original = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print(caught)
threading.excepthook = original

t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("SystemExit ignored", t.is_alive())

def fails():
    raise ValueError("thread failed")
t = threading.Thread(target=fails, name="loud")
t.start()
t.join()
sys.stderr.flush()
print("main continues")
