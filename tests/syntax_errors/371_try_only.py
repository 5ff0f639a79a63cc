# try at end of file with a body but no handler
try:
    x = 1
