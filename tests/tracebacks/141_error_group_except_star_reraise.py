def f():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* TypeError as e:
        raise

f()
