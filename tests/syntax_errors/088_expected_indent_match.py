# expected an indented block after 'match'
match x:
case 1:
    pass
