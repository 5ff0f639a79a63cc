# cannot use '_' as an as-pattern target
match x:
    case [a] as _:
        pass
