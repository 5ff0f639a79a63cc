match [1, 2, 3]:
    case [first, *middle, *rest]:
        pass
