# missing colon after case pattern
match x:
    case 1
        pass
