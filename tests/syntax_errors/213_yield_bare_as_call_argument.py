# unparenthesized yield as call argument
def g():
    f(yield)
