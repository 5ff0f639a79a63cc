try:
    raise ExceptionGroup("first", [TypeError("t")])
except ExceptionGroup:
    raise RuntimeError("after group")
