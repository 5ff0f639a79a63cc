def fail(n):
    raise ValueError(n)

def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    return ExceptionGroup("inner", errors)

raise ExceptionGroup("outer", [collect(), KeyError("k")])
