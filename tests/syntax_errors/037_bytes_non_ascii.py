# non-ASCII character in bytes literal
x = b'café'
