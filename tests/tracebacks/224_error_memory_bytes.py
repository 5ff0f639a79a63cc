x = bytes(10**13)
