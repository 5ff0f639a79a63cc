# enumerate start
print(list(enumerate('a', True)))
enumerate([], 1.5)
