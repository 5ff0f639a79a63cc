def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

check(-5)
