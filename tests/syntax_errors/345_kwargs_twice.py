# two ** parameters
def f(**k, **j):
    pass
