# decorator and def on the same line
@decorator def f():
    pass
