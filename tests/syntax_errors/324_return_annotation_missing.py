# return arrow with no annotation
def f() -> :
    pass
