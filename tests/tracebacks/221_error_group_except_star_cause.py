def f():
    raise ExceptionGroup("eg", [ValueError(i) for i in range(3)])
try:
    f()
except* ValueError as eg:
    raise RuntimeError("handler") from eg
