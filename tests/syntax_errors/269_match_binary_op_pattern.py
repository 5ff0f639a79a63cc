# binary operator in a pattern (not complex)
match x:
    case 1 + 2:
        pass
