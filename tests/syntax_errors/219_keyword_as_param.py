# keyword used as parameter name
def f(pass):
    pass
