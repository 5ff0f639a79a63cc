# The sys module's argument errors, and exit() caught.
import sys

for arguments in [(0,), (-5,), (2.5,), (2**31,), ("x",), ()]:
    try:
        sys.setrecursionlimit(*arguments)
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)


def deep(n):
    if n:
        return deep(n - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as error:
        print(type(error).__name__, str(error).split(" at ")[0])


deep(10)
for call in [lambda: sys.getrecursionlimit(1), lambda: sys.intern(), lambda: sys.intern(1),
             lambda: sys.exc_info(1), lambda: sys.exit(1, 2), lambda: sys.stdout.write(1),
             lambda: sys.stdout.write()]:
    try:
        call()
    except TypeError as error:
        print(error)

for arguments in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*arguments)
    except SystemExit as error:
        print(repr(error), repr(error.code), error.args)
