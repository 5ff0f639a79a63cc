# var-positional argument cannot have default
def f(*a=1):
    pass
