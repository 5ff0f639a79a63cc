def f():
    raise ValueError("in f")

def g():
    raise TypeError("in g")

errors = []
for func in (f, g):
    try:
        func()
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("collected", errors)
