import sys, types, traceback
def show(d):
    return {k: v for k, v in d.items() if not k.startswith("__")}
def outer():
    a = 1
    b = [2]
    def inner():
        c = a + 1
        f = sys._getframe()
        print(sorted(show(f.f_locals)))
        print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno)
        print(sorted(show(f.f_back.f_locals)))
        return f
    fr = inner()
    print(fr.f_locals["c"], fr.f_lineno, fr.f_lasti > 0)
    b.append(3)
    return fr
fr = outer()
print(fr.f_back.f_code.co_name, sorted(show(fr.f_back.f_locals)))
print(fr.f_globals is globals(), fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
print(sys._getframe().f_locals is globals())
def cur():
    x = 5
    f = sys._getframe()
    print(f.f_locals is locals(), f is sys._getframe())
    x = 6
    print(f.f_locals["x"])
    print(f.f_trace)
    try:
        f.f_lineno = 3
    except ValueError as e:
        print("ValueError", e)
    f.f_trace = print
    print(f.f_trace is print)
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
cur()
def boom(n):
    local_n = n * 2
    if n == 0:
        raise KeyError("k")
    boom(n - 1)
try:
    boom(3)
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno if tb.tb_frame.f_code.co_name != "<module>" else "-", sorted(show(tb.tb_frame.f_locals)), tb.tb_frame.f_locals.get("local_n"))
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t, v, tb2 is e.__traceback__, sys.exception() is e)
    traceback.clear_frames(e.__traceback__)
    print(e.__traceback__.tb_next.tb_frame.f_locals)
    tb3 = e.__traceback__.tb_next
    tb3.tb_frame.clear()
    try:
        tb3.tb_next = tb3
    except ValueError as x:
        print("ValueError", x)
    try:
        tb3.tb_next = 5
    except TypeError as x:
        print("TypeError", x)
    try:
        del tb3.tb_next
    except TypeError as x:
        print("TypeError", x)
    tb3.tb_next = None
    print(tb3.tb_next)
    new = types.TracebackType(None, sys._getframe(), 4, 77)
    print(new.tb_lineno, new.tb_lasti, new.tb_next, new.tb_frame is sys._getframe())
    try:
        types.TracebackType(None, 5, 1, 1)
    except TypeError as x:
        print("TypeError", x)
    try:
        types.TracebackType(5, sys._getframe(), 1, 1)
    except TypeError as x:
        print("TypeError", x)
def gen():
    g_local = 1
    yield sys._getframe().f_code.co_name
    g_local = 2
    yield 2
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_frame.f_locals)
print(next(g))
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_running, g.gi_yieldfrom)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
list(g)
print(g.gi_frame)
def delegating():
    yield from gen()
d = delegating()
next(d)
print(d.gi_yieldfrom.__name__, d.gi_frame.f_lineno)
async def co():
    return 1
c = co()
print(c.cr_frame.f_lineno, c.cr_running, c.cr_await, c.cr_code.co_name)
c.close()
print(c.cr_frame)
