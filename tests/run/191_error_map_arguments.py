# map arguments
print(list(map(abs, [-1])))
map(abs)
