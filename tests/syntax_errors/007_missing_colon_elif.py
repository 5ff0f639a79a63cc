# missing colon after elif
if x:
    pass
elif y
    pass
