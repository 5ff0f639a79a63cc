values = [10, 0]
q = values[0] // values[1]
