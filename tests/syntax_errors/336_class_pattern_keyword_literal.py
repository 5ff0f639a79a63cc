# class pattern keyword whose name is a literal
match x:
    case C(1=2):
        pass
