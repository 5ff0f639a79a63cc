# try/else without any except clause
try:
    pass
else:
    pass
