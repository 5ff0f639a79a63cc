x: int = 1
print(__annotations__)
y: undefined_type = 2
