# A failed write to the wakeup descriptor is reported as unraisable, after
# the handler has run; the program goes on (its last stderr line is the error).
import os
import signal

read_end, write_end = os.pipe()
os.set_blocking(write_end, False)
signal.signal(signal.SIGUSR1, lambda number, frame: print("handler", number == signal.SIGUSR1))
signal.set_wakeup_fd(write_end)
os.close(read_end)
signal.raise_signal(signal.SIGUSR1)
print("after")
