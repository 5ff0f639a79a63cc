# unary minus applied to a name in a pattern
match x:
    case -a:
        pass
