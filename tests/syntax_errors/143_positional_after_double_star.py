# positional argument follows keyword argument unpacking
f(**k, a)
