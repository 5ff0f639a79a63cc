# sys.excepthook set to None is called (and fails), unlike a deleted one.
import sys

sys.excepthook = None


def divide(a, b):
    return a / b


divide(1, 0)
