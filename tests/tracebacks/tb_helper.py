def helper():
    return {}["missing"]


def nested(n):
    if n == 0:
        return helper()
    return nested(n - 1)
