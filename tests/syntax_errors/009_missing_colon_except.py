# missing colon after except clause
try:
    pass
except ValueError
    pass
