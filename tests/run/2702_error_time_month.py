# time.strftime refuses a month out of range.
import time

print(time.strftime("%Y-%m", (2020, 12, 1, 0, 0, 0, 0, 1, 0)))
time.strftime("%Y-%m", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
