# atexit functions run after an uncaught exception's traceback.
import atexit
atexit.register(print, "exit function ran")
print("start")
raise KeyError("boom")
