def fail():
    raise RuntimeError("no")

x = fail()
