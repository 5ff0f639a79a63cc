match {}:
    case {f"key": value}:
        pass
