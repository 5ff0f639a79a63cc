import sys

def inner(x):
    return 1 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__)
    while tb is not None:
        f = tb.tb_frame
        print(tb.tb_lineno, f.f_code.co_name, type(f).__name__, f.f_globals["__name__"])
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__)
    f = e.__traceback__.tb_next.tb_next.tb_frame
    print(f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
    print(e.__traceback__.tb_frame.f_locals["__name__"])
    e2 = ValueError("x").with_traceback(e.__traceback__.tb_next)
    try:
        raise e2
    except ValueError as caught:
        tb = caught.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names)

def fails():
    raise KeyError("k")

try:
    fails()
except KeyError as e:
    err = e
raise ValueError("again").with_traceback(err.__traceback__)
