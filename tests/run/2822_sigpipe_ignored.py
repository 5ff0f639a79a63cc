# SIGPIPE and SIGXFSZ are ignored from start-up: a write to a pipe nobody
# reads raises BrokenPipeError instead of killing the process; subprocess
# children get the default back.
import os
import signal
import subprocess

print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)
read_end, write_end = os.pipe()
os.close(read_end)
try:
    os.write(write_end, b"data")
except BrokenPipeError as error:
    print("BrokenPipeError", error.errno, error.strerror)
os.close(write_end)



def child_ignores_sigpipe(**options):
    status = subprocess.run(["grep", "SigIgn", "/proc/self/status"], capture_output=True, text=True, **options)
    return int(status.stdout.split()[1], 16) >> (signal.SIGPIPE - 1) & 1


print(child_ignores_sigpipe(), child_ignores_sigpipe(restore_signals=False))
