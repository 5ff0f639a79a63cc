# single star inside mapping pattern
match x:
    case {*a}:
        pass
