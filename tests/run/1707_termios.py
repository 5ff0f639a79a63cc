# termios: attributes of a pseudo-terminal (made through /dev/ptmx),
# termios.error for descriptors that are not terminals, argument errors.
import fcntl
import os
import termios

try:
    termios.tcgetattr(os.open('/dev/null', os.O_RDONLY))
except termios.error as error:
    print(type(error).__name__, error.args)
read_end, write_end = os.pipe()
for call, arguments in [(termios.tcgetattr, (read_end,)), (termios.tcdrain, (read_end,)),
                        (termios.tcflush, (read_end, termios.TCIFLUSH)), (termios.tcgetwinsize, (read_end,)),
                        (termios.tcsendbreak, (read_end, 0)), (termios.tcflow, (read_end, termios.TCOON)),
                        (termios.tcgetattr, (9999,))]:
    try:
        call(*arguments)
    except termios.error as error:
        print(call.__name__, error.args)
for call, arguments in [(termios.tcsetattr, (read_end,)), (termios.tcsetattr, (read_end, 0, [1, 2])),
                        (termios.tcsetattr, (read_end, 0, 5)), (termios.tcgetattr, ('x',)),
                        (termios.tcsetwinsize, (read_end, 5)), (termios.tcsetwinsize, (read_end, (1, 2, 3)))]:
    try:
        call(*arguments)
    except TypeError as error:
        print(call.__name__, error)
os.close(read_end)
os.close(write_end)

try:
    master = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
except OSError:
    master = None
if master is not None:
    # unlockpt (TIOCSPTLCK 0), then the slave's number (TIOCGPTN).
    fcntl.ioctl(master, 0x40045431, b'\0\0\0\0')
    number = int.from_bytes(fcntl.ioctl(master, 0x80045430, b'\0\0\0\0'), 'little')
    slave = os.open('/dev/pts/%d' % number, os.O_RDWR | os.O_NOCTTY)
    attributes = termios.tcgetattr(slave)
    print(len(attributes), [type(item).__name__ for item in attributes], len(attributes[6]) == termios.NCCS)
    print(attributes[6][termios.VINTR], attributes[3] & termios.ICANON == termios.ICANON)
    attributes[3] &= ~(termios.ICANON | termios.ECHO)
    attributes[6][termios.VMIN] = 1
    attributes[6][termios.VTIME] = 0
    termios.tcsetattr(slave, termios.TCSANOW, attributes)
    changed = termios.tcgetattr(slave)
    print(changed[3] & termios.ICANON, changed[3] & termios.ECHO, changed[6][termios.VMIN],
          changed[6][termios.VTIME], changed[6][termios.VINTR])
    try:
        termios.tcsetattr(slave, termios.TCSANOW, changed[:6] + [[b'x'] * 3])
    except TypeError as error:
        print(error)
    try:
        termios.tcsetattr(slave, termios.TCSANOW, changed[:6] + [[1.5] * termios.NCCS])
    except TypeError as error:
        print(error)
    termios.tcsetwinsize(slave, (24, 80))
    print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))
    termios.tcflush(slave, termios.TCIOFLUSH)
    termios.tcdrain(master)
    os.close(slave)
    os.close(master)
print(termios.error.__module__, termios.error.__mro__[1].__name__, termios.NCCS, termios.B9600, termios.TCSANOW,
      termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.VMIN, termios.TIOCGWINSZ, termios.VSWTCH)
print(len([name for name in dir(termios) if name.isupper()]))
