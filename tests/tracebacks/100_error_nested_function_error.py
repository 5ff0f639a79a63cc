def outer():
    def inner():
        return 1 / 0
    return inner()
outer()
