# missing colon after else
if x:
    pass
else
    pass
