# reversed
print(list(reversed((1, 2))))
reversed(iter([1]))
