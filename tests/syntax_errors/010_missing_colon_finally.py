# missing colon after finally
try:
    pass
finally
    pass
