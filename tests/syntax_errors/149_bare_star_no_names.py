# named arguments must follow bare *
def f(*):
    pass
