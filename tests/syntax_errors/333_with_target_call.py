# with ... as target that is a call
with a as f():
    pass
