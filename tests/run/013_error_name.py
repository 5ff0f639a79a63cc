# NameError for an undefined global read inside a function.
def f():
    return undefined_name + 1

print('before')
f()
