# Adding to a set while iterating.
s = set([1, 2, 3])
for item in s:
    print(item)
    s.add(item + 10)
