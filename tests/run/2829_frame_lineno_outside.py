# f_lineno of a frame read from outside it: a caller's frame seen from a
# callee (also through native code: sorted's key, map, a property, an
# operator), a frame kept and read later at other lines, a traceback's
# frames, and a generator's frame after each yield.
import sys


def caller_line():
    """The line its caller's caller is at."""
    return sys._getframe(2).f_lineno


def line_of_caller():
    return sys._getframe(1).f_lineno


def direct():
    first = line_of_caller()
    second = (0,
              line_of_caller())
    return first, second


print(direct())


def native_depths():
    lines = []
    sorted([2, 1], key=lambda item: lines.append(sys._getframe(1).f_lineno) or item)
    list(map(lambda item: lines.append(sys._getframe(1).f_lineno), [0]))
    return lines


print(native_depths())


class Probe:
    @property
    def line(self):
        return caller_line()

    def __add__(self, other):
        return caller_line()


def special_methods():
    probe = Probe()
    a = probe.line
    b = probe + 1
    return a, b


print(special_methods())


def kept_frame():
    frame = sys._getframe()
    lines = [frame.f_lineno]
    lines.append(frame.f_lineno)
    for _ in range(2):
        lines.append(frame.f_lineno)
    return frame, lines


frame, lines = kept_frame()
print(lines, frame.f_lineno)


def observed(read):
    read()
    x = 1
    read()
    return x


readings = []
outer = []


def record():
    frame = sys._getframe(1)
    outer.append(frame)
    readings.append(frame.f_lineno)


observed(record)
print(readings, outer[0] is outer[1], outer[0].f_lineno)


def failing():
    value = 1
    raise ValueError(value)


def calls_failing():
    try:
        failing()
    except ValueError:
        return sys.exc_info()[2]


traceback = calls_failing()
entries = []
while traceback:
    entries.append((traceback.tb_frame.f_code.co_name, traceback.tb_lineno, traceback.tb_frame.f_lineno))
    traceback = traceback.tb_next
print(entries)


def stepping():
    yield 1
    x = 2
    yield x
    yield 3


generator = stepping()
frame = generator.gi_frame
positions = [frame.f_lineno]
for _ in generator:
    positions.append(frame.f_lineno)
print(positions)
