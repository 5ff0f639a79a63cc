# as-pattern whose target is a literal
match x:
    case 1 as 2:
        pass
