# missing colon after try
try
    pass
except:
    pass
