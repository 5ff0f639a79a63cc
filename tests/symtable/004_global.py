counter = 0


def bump():
    global counter
    counter += 1


def declare_only():
    global fresh, other
    fresh = 1


def reads_declared():
    global g
    def inner():
        return g
    return inner


def nested_global():
    x = 1
    def inner():
        global x
        x = 2
        def innermost():
            return x
        return innermost
    return inner


global at_module
at_module = 3
