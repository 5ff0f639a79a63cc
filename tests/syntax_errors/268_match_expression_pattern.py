# arbitrary expression (call) used as a pattern
match x:
    case f(1)():
        pass
