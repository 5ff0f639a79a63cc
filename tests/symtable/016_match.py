match command:
    case ["go", direction]:
        pass
    case {"key": value, **rest}:
        pass
    case Point(x=0, y=yy) | Point(x=yy, y=0):
        pass
    case [first, *others] if first > limit:
        pass
    case str() as text:
        pass
    case Color.RED:
        pass
    case None | True:
        pass
    case _:
        pass


def f(subject):
    match subject:
        case (a, b):
            return lambda: a + b
        case {**kw}:
            return kw
