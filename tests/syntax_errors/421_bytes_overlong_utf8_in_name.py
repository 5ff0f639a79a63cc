def fÀ€():
    pass
