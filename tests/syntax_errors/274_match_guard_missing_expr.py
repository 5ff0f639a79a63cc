# guard 'if' with nothing after it
match x:
    case 1 if:
        pass
