# Dicts compare for equality only.
print({1: 2} == {1: 2}, {1: 2} != {})
print({1: 2} < {1: 3})
