# var-keyword argument cannot have default
def f(**k=1):
    pass
