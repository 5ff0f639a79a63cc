# error substring not found: CPython's exception and message.
s = "abcabc"
print(s.index("c"), s.rindex("c"))
print(s.index("z"))
