# case with no pattern
match x:
    case:
        pass
