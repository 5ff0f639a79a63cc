# A traceback edited through tb_next and raised again with with_traceback().
import sys


def inner():
    return 1 / 0


def middle():
    return inner()


try:
    middle()
except ZeroDivisionError as e:
    tb = e.__traceback__
    tb.tb_next = tb.tb_next.tb_next  # drop middle's entry
    raise e.with_traceback(tb)
