def f(flag):
    if flag:
        x = 1
    del x


f(True)
f(False)
