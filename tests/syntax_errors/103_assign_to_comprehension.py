# cannot assign to list comprehension
[x for x in y] = 1
