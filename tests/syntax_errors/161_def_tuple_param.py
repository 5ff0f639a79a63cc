# parenthesized tuple parameter (Python 2 syntax)
def f((a, b)):
    pass
