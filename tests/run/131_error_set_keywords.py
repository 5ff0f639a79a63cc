# set() takes no keyword arguments.
print(frozenset(), set())
set(iterable=[1])
