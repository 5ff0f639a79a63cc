match {}:
    case {"one": 1, -2: b, "one": c}:
        pass
