def describe(value):
    match value:
        case int():
            return 1 / 0
        case _:
            return 0

describe(5)
