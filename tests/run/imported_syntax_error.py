"""A module with a syntax error."""
x = 1
if x
    pass
