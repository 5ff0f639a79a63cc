# star pattern outside of a sequence
match x:
    case *a:
        pass
