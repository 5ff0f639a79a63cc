# 'default' clause inside match (not Python)
match x:
    case 1:
        pass
    default:
        pass
