try:
    raise ExceptionGroup("eg", [ValueError("v")])
except* ValueError:
    raise KeyError("raised in handler")
