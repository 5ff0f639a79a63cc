try:
    try:
        int("x")
    except ValueError:
        [][1]
except IndexError:
    {}[2]
