# dict display whose last key has no value
d = {'a': 1, 'b'}
