def f():
    try:
        raise KeyError("k")
    except KeyError:
        return 1 / 0

f()
