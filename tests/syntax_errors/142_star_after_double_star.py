# iterable unpacking follows keyword unpacking
f(**k, *a)
