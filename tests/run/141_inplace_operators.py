# In-place operators on built-in containers: set and dict update themselves
# through their inplace_* slots (CPython's binary_iop1).
s = set([1, 2, 3])
alias = s
s |= set([4])
s &= set([1, 2, 4, 9])
s -= set([2])
s ^= set([1, 7])
print(s, alias, s is alias)
f = frozenset([1])
f_alias = f
f |= set([2])
print(f, f_alias, f is f_alias)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, d_alias, d is d_alias)
keys = d.keys()
keys |= ["z"]
print(keys, type(keys).__name__)
s |= [1]
