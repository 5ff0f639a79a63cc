# truncated \x escape in bytes literal
x = b'\x1'
