# backslash continuation at end of file followed by nothing
x = 1 + \
    2
