# remove() of a missing element; discard() is silent.
s = set([1, 2])
s.discard(3)
s.remove(1)
print(s)
s.remove(3)
