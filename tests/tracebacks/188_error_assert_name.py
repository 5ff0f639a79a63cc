items = []
assert items
