# dotted name as keyword pattern key
match x:
    case Point(a.b=1):
        pass
