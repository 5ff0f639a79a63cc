# dict comprehension with extra key-value pair
d = {a: b, c: d for a in e}
