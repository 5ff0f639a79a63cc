# time: the clocks, their information, clock_* by id, and sleep.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
for name in ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID",
             "CLOCK_THREAD_CPUTIME_ID", "CLOCK_BOOTTIME", "CLOCK_TAI"]:
    clock = getattr(time, name)
    print(name, clock, time.clock_getres(clock), type(time.clock_gettime(clock)).__name__,
          type(time.clock_gettime_ns(clock)).__name__)

for function in [time.time, time.monotonic, time.perf_counter, time.process_time, time.thread_time]:
    first = function()
    second = function()
    print(function.__name__, type(first).__name__, second >= first)
for function in [time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns]:
    first = function()
    second = function()
    print(function.__name__, type(first).__name__, second >= first)
print(abs(time.time() - time.time_ns() / 1e9) < 1, abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)

start = time.monotonic()
time.sleep(0.05)
time.sleep(0)
time.sleep(False)
elapsed = time.monotonic() - start
print(0.05 <= elapsed < 1)

errors = [
    lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.sleep(float("nan")), lambda: time.sleep(2**64),
    lambda: time.sleep(float("inf")), lambda: time.sleep(1e19), lambda: time.sleep(), lambda: time.sleep(1, 2),
    lambda: time.clock_gettime(99), lambda: time.clock_getres(99), lambda: time.clock_gettime("x"),
    lambda: time.get_clock_info("x"), lambda: time.get_clock_info(5), lambda: time.time(1),
    lambda: time.clock_settime(time.CLOCK_MONOTONIC, 0), lambda: time.monotonic_ns(x=1),
]
for function in errors:
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)
