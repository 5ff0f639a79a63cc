match x:
    case [1, *rest] if rest:
        pass
    case _:
        pass
type = 1
