data = 5
data[0]
