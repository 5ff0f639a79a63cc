# dict key without value
d = {'a': }
