# Reading a cell variable of this scope before it is assigned.
def outer():
    def inner():
        return value
    print(value)
    value = 1
    return inner

outer()
