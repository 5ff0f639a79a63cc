# The items before a starred one are all evaluated before the set is built,
# so the later print runs before the TypeError.
items = [1]
print({1, items[0], 2})
s = {0, [], print("evaluated"), *items}
