try:
    pass
except ValueError as error:
    handler = lambda: error
except (TypeError, KeyError):
    pass
else:
    otherwise = lambda: 1
finally:
    done = True


def f():
    try:
        risky()
    except* OSError as group:
        return group


def g():
    try:
        pass
    except Exception as e:
        def inner():
            return e
