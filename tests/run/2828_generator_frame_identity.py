# A generator's frame object is one object from creation to the end: the
# same through gi_frame on every read, through sys._getframe() inside it,
# and as a coroutine's cr_frame; it shows the line the generator stopped at
# and its variables as they stand; None once the generator has finished.
import sys


def counter(limit):
    total = 0
    for number in range(limit):
        total += number
        yield total
    inner = sys._getframe()
    yield inner


generator = counter(3)
frame = generator.gi_frame
print(frame is generator.gi_frame, frame.f_lineno, sorted(frame.f_locals.items()))
print(next(generator), frame is generator.gi_frame, frame.f_lineno, sorted(frame.f_locals.items()))
print(next(generator), frame is generator.gi_frame, frame.f_lineno, frame.f_locals["total"], frame.f_back)
next(generator)
inner = next(generator)
print(inner is frame, inner is generator.gi_frame, frame.f_lineno, frame.f_code.co_name)
print(next(generator, "finished"), generator.gi_frame, frame.f_lineno)


def watcher():
    seen = []
    while True:
        seen.append(sys._getframe())
        yield seen


generator = watcher()
first = next(generator)
second = next(generator)
print(first[0] is first[1], first[0] is generator.gi_frame, first is second)
generator.close()
print(generator.gi_frame, first[0].f_lineno)


async def coroutine():
    return sys._getframe()


task = coroutine()
before = task.cr_frame
try:
    task.send(None)
except StopIteration as stop:
    print(stop.value is before, task.cr_frame)


def delegate():
    yield from counter(2)


generator = delegate()
next(generator)
outer = generator.gi_frame
print(outer is generator.gi_frame, outer.f_lineno, generator.gi_yieldfrom.gi_frame.f_lineno)

# A frame object nobody kept while the generator ran is made on demand.
generator = counter(5)
for _ in range(3):
    next(generator)
print(generator.gi_frame is generator.gi_frame, generator.gi_frame.f_lineno, generator.gi_frame.f_locals["total"])
