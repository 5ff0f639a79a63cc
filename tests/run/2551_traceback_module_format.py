import traceback, sys
def chain():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("v") from e
try:
    chain()
except Exception as e:
    traceback.print_exception(e)
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e, chain=False))
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        x = [1, 2][5]
try:
    ctx()
except Exception as e:
    traceback.print_exc()
    traceback.print_exc(limit=1)
    traceback.print_exc(limit=-1)
    print(traceback.format_exc(chain=False))
try:
    e = ValueError("noted")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except Exception:
    traceback.print_exc()
def grp():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
try:
    grp()
except Exception:
    traceback.print_exc()
    print(traceback.format_exc())
try:
    compile("x = (1,\n", "<s>", "exec")
except SyntaxError:
    traceback.print_exc()
try:
    compile("a b", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    exec("def f(:\n  pass")
except SyntaxError:
    traceback.print_exc()
try:
    eval("1 +* 2")
except SyntaxError:
    traceback.print_exc()
try:
    import nonexistent_mod_xyz
except ImportError:
    traceback.print_exc()
try:
    nme
except NameError:
    traceback.print_exc()
class A:
    attribute = 1
try:
    A().attribut
except AttributeError:
    traceback.print_exc()
