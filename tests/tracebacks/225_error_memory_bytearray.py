def buffer(n):
    return bytearray(n)

buffer(10**13)
