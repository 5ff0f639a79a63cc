# iterable unpacking cannot be used in comprehension
x = [*a for a in b]
