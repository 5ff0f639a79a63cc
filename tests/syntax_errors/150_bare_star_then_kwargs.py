# named arguments must follow bare * (followed by **)
def f(*, **k):
    pass
