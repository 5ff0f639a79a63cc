# dedent to an unknown level at the end of the file
def f():
    if x:
        pass
  y = 1
