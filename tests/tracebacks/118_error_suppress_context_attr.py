try:
    1 / 0
except ZeroDivisionError:
    e = ValueError("manual")
    e.__suppress_context__ = True
    raise e
