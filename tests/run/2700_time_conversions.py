# time: struct_time and the conversions between timestamps, tuples and text
# (gmtime, localtime, mktime, asctime, ctime, strftime, strptime) in fixed
# time zones set through TZ and tzset.
import os
import time

t = time.gmtime(1234567890)
print(t)
print(tuple(t), t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[2:5])
print(type(t).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time._STRUCT_TM_ITEMS)
print(time.gmtime(0), time.gmtime(-1.5)[:6], time.gmtime(1.9999)[5], time.gmtime(True)[5])
print(time.asctime(t), time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((99999, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)))

s = time.struct_time((2021, 3, 4, 5, 6, 7, 3, 63, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2021, 3, 4, 5, 6, 7, 3, 63, 0, "XYZ", 3600))
print(s.tm_zone, s.tm_gmtoff, time.strftime("%H:%M %Z %z", s))

for zone in ["UTC", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    local = time.localtime(1234567890)
    print(" ", local, local.tm_zone, local.tm_gmtoff)
    print(" ", time.ctime(1234567890), time.mktime(local), time.mktime((2009, 7, 1, 12, 0, 0, 0, 0, -1)))
    print(" ", time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %j %U %w %y %p %I %%", local))
    summer = time.localtime(1246400000)
    print(" ", summer.tm_isdst, summer.tm_zone, time.strftime("%c|%x|%X|%Z", summer))

os.environ["TZ"] = "UTC"
time.tzset()
print(time.strftime("%Y %j %a", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime("")), time.strftime("%"))
print(time.strftime("é%Y€ %Q", (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("x" * 3000, t) == "x" * 3000)
print(time.strptime("2009-02-13 23:31:30", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("13 Feb 2009", "%d %b %Y")[:3], time.strptime("2020", "%Y").tm_isdst)

now = time.time()
print(abs(time.mktime(time.localtime(now)) - int(now)) < 1, time.localtime()[0] >= 2024, time.gmtime(None)[0] >= 2024)
print(len(time.asctime()), len(time.ctime()), time.ctime(None)[-4:].isdigit())

errors = [
    lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e20), lambda: time.gmtime(10**30),
    lambda: time.gmtime("x"), lambda: time.gmtime(2**62), lambda: time.asctime((1, 2)), lambda: time.asctime(5),
    lambda: time.asctime([2020, 1, 1, 0, 0, 0, 0, 1, 0]), lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.asctime((2020, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((2020, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.asctime((2020, 1, 1, 0, 60, 0, 0, 1, 0)), lambda: time.asctime((2020, 1, 1, 0, 0, 62, 0, 1, 0)),
    lambda: time.asctime((2020, 1, 1, 0, 0, 0, -2, 1, 0)), lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 367, 0)),
    lambda: time.asctime((2**40, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((-2**40, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.asctime(("a", 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (1.5, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime(1), lambda: time.strftime("%Y", 1), lambda: time.strftime("a\0b", t),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0, "UTC", 0)), lambda: time.strftime(),
    lambda: time.mktime(5), lambda: time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, 0, 1)),
    lambda: time.localtime(1, 2), lambda: time.localtime(x=1), lambda: time.asctime(1, 2),
    lambda: time.struct_time((1, 2, 3)), lambda: time.struct_time((1,) * 12), lambda: time.strptime(1),
    lambda: time.strptime("x", "%Y"),
]
for function in errors:
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)
