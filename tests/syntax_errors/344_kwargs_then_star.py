# *args after **kwargs in def
def f(**k, *a):
    pass
