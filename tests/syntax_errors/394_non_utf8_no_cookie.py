# Latin-1 byte in a file without an encoding declaration
x = 'café'
