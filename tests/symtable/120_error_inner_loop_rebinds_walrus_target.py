def f():
    return [i for i in x if (j := i) for j in y]
