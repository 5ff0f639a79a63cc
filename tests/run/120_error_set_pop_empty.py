# pop() from an empty set.
s = set([1])
print(s.pop())
s.pop()
