# Starting a thread twice: the RuntimeError ends the program, after the
# thread itself ran.
import threading

t = threading.Thread(target=print, args=("ran once",))
t.start()
t.join()
t.start()
