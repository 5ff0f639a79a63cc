# _signal: handlers, getsignal, raise_signal (signal.py waits for itertools).
import _signal as signal

print(signal.SIGINT, signal.SIGTERM, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN, signal.SIGRTMIN < signal.SIGRTMAX)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1))
print(signal.getsignal(signal.SIGUSR2))
print(signal.strsignal(2), signal.strsignal(15), 2 in signal.valid_signals(), type(signal.valid_signals()).__name__)
caught = []


def handler(number, frame):
    caught.append(number)


previous = signal.signal(signal.SIGUSR1, handler)
print(previous, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(caught)


def failing(number, frame):
    raise RuntimeError('from handler %d' % number)


signal.signal(signal.SIGUSR2, failing)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as error:
    print('raised:', error)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), caught)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as error:
    print('KeyboardInterrupt', repr(error))
for arguments in [(99, 0), (2, 'x'), (0, 0)]:
    try:
        signal.signal(*arguments)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    signal.signal(signal.SIGKILL, 1)
except OSError as error:
    print(type(error).__name__, error)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
