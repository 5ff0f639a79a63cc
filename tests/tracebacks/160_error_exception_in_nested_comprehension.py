grid = [[1, 2], [3, "4"]]
flat = [x * 2 + 1 for row in grid for x in row]
