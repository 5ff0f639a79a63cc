# no trailing newline at end of file
x = 1