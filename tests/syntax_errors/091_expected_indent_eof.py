# block header at end of file with no body
x = 1
if x:
