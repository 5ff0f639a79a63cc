# next not iterator
print(next(iter([7])))
next([1])
