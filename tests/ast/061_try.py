# try statements: except (typed, tuple, as, bare), else, finally, except*, raise forms.
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError) as e:
    raise
except (IndexError,):
    raise e
except Exception:
    raise RuntimeError("x") from e
except:
    raise RuntimeError from None
try:
    pass
finally:
    pass
try:
    x = 1
except ValueError:
    x = 2
else:
    x = 3
try:
    x = 1
except ValueError:
    x = 2
else:
    x = 3
finally:
    x = 4
try:
    x = 1
except ValueError:
    x = 2
finally:
    x = 4
try:
    pass
except* ValueError:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError) as eg:
    pass
except *OSError:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
finally:
    pass
try: x = 1
except: x = 2
else: x = 3
finally: x = 4
try:
    try:
        pass
    except A:
        pass
except B:
    try:
        pass
    finally:
        pass
try:
    pass
except a.b.C as e:
    pass
except f() as e:
    pass
except A if b else C:
    pass
except (A) as e:
    pass
except A or B:
    pass
raise
raise E
raise E()
raise E("msg") from cause
raise E from f(x)
try:
    pass
except \
        ValueError:
    pass
