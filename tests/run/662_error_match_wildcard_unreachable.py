class C:
    match 1:
        case 1 | 2:
            pass
        case _:
            pass
        case 3:
            pass
