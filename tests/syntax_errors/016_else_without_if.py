# else clause with no preceding if
x = 1
else:
    pass
