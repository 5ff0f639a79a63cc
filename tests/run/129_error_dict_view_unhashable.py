# keys and items views are unhashable (values views are not sets).
d = {"a": 1}
print(len(set([1, 2])), d.keys() == set(["a"]))
set([d.keys()])
