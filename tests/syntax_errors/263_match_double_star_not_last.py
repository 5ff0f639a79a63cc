# **rest must be last in mapping pattern
match x:
    case {**rest, 'a': 1}:
        pass
