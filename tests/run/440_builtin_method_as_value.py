# LOAD_ATTR of a native method on an object without an attribute dict (a
# list) filling the inline cache: the bound method is a value like any other.
items = []
append = items.append
for i in range(3):
    append(i)
    extend = items.extend
extend("ab")
print(items, [].append.__self__ if False else "ok")
