match 5:
    case [__debug__]:
        pass
