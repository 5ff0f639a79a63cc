try:
    raise TypeError("t")
except TypeError as e:
    e.add_note("first")
    e.add_note("second\nline two")
    raise
