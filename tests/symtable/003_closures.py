def outer():
    x = 1
    y = 2

    def inner():
        def innermost():
            return x + z
        return innermost

    def shadow():
        y = 3
        return y

    return inner, shadow


def counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


def deep(a):
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1
