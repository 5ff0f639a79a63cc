# conditional with else but no expression
x = 1 if 2 else
