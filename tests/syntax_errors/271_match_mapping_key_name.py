# capture name used as a mapping key
match x:
    case {a: 1}:
        pass
