# Set operators take sets (and frozensets) only.
print(set([1]) | frozenset([2]), frozenset([1]) & set([1]))
print(set([1]) - [1])
