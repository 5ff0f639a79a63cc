name = "x"
match "x":
    case f"{name}":
        pass
