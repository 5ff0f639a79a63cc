# TracebackException(capture_locals=True) and FrameSummary.locals: the
# variables of the frames an exception left, as they were when it left.
import sys
import traceback


def parse(text, base):
    digits = [int(c, base) for c in text]
    total = 0
    for d in digits:
        total = total * base + d
    return lookup(total)


def lookup(key):
    table = {1: "one", 2: "two"}
    missing = key * 2
    return table[key]


def closure():
    captured = [1, 2]
    def inner(n):
        return captured[n] + missing_name
    return inner


try:
    parse("12", 10)
except KeyError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    stack = traceback.StackSummary.from_list(te.stack[1:])
    print("".join(stack.format()))
    for summary in te.stack[1:]:
        print(summary.name, sorted(summary.locals))
    print(list(te.format_exception_only()))

try:
    closure()(1)
except NameError as e:
    stack = traceback.extract_tb(e.__traceback__, limit=None)
    summaries = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__.tb_next), capture_locals=True)
    print("".join(summaries.format()))
    for name, frame in [(s.name, s) for s in summaries]:
        print(name, frame.locals)


def unbound_later():
    before = 1
    raise ValueError(before)
    after = 2


try:
    unbound_later()
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_locals)
    print(frame.f_code.co_name, frame.f_back.f_code.co_name)
    traceback.clear_frames(e.__traceback__)
    print(frame.f_locals)


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holder():
    kept = Tracked("kept")
    raise RuntimeError("held")


try:
    holder()
except RuntimeError:
    print("handling: the frame keeps its variables")
print("after the handler")
