def f():
    global x
    [(x := 1) for x in b]
