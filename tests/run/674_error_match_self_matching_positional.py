match "text":
    case str(whole):
        print("str matches itself:", whole)
    case _:
        pass
match 1.5:
    case float(a, b):
        pass
