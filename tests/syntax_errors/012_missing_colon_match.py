# missing colon after match subject
match x
    case 1:
        pass
