# **_ is not allowed in mapping pattern
match x:
    case {**_}:
        pass
