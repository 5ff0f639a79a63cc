def ratio(n, d):
    result = n / d
    return result

ratio(1, 0)
