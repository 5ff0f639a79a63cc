def foo(a=1, /*, b):
    pass
