match 5:
    case 1 | other | 3:
        pass
