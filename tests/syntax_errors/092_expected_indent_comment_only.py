# block whose body is only a comment
def f():
    # nothing here
