print("never runs")
*a = [1, 2]
