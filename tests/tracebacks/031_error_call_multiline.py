def f(a, b):
    raise KeyError(a)

f(
    1,
    2,
)
