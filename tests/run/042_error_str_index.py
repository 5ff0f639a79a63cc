# IndexError and the TypeError texts of str indexing.
s = "abc"
print(s[2], s[-3])
print(s[3])
