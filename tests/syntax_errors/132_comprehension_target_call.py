# cannot assign to call in comprehension target
[x for f() in y]
