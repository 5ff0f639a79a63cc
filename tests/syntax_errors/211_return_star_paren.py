# return of parenthesized starred expression
def f():
    return (*a)
