match {"a": 1, "b": 2}:
    case {"a": x, **x}:
        pass
