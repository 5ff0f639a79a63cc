# A Latin-1 byte in a string: compile() of bytes decodes the literal
print("böse")
