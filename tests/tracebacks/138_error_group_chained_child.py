try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("child") from e
except ValueError as v:
    raise ExceptionGroup("group", [v])
