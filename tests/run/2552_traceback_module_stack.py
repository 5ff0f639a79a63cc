import traceback, sys, linecache
def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)
try:
    rec(30)
except RuntimeError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.count("\n"))
def carets():
    d = {"a": {"b": None}}
    return d["a"]["b"]["c"]
try:
    carets()
except TypeError:
    traceback.print_exc()
def attr():
    x = None
    return x.foo.bar
try:
    attr()
except AttributeError:
    traceback.print_exc()
def call():
    f = None
    return (1 +
       f(2,
         3))
try:
    call()
except TypeError:
    traceback.print_exc()
def multi():
    return [
        1, 2
    ][5]
try:
    multi()
except IndexError:
    traceback.print_exc()
def show():
    traceback.print_stack()
    for fs in traceback.extract_stack():
        print(fs.filename.split("/")[-1], fs.lineno, fs.name, fs.line, fs.end_lineno, fs.colno, fs.end_colno)
    for f, lineno in traceback.walk_stack(sys._getframe()):
        print(f.f_code.co_name, lineno)
show()
try:
    carets()
except TypeError as e:
    for f, lineno in traceback.walk_tb(e.__traceback__):
        print(f.f_code.co_name, lineno, f.f_lineno if f.f_code.co_name != "<module>" else "-")
    ss = traceback.extract_tb(e.__traceback__)
    print(ss.format())
    for fs in ss:
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line), fs.name)
    print(traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1")]).format())
print(linecache.getline(__file__, 2))
print(len(linecache.getlines(__file__)))
traceback.print_tb(sys.exc_info()[2])
def lam():
    return (lambda: 1/0)()
try:
    lam()
except Exception:
    traceback.print_exc()
try:
    [x for x in (1, 0) if 1 / x]
except Exception:
    traceback.print_exc()
