# dict entry missing colon
d = {'a' 1, 'b': 2}
