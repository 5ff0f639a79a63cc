# A backslash in indentation must end its line.
if x:
    a = 1
     \b = 2
