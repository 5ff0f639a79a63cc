# missing colon after if condition
if x
    pass
