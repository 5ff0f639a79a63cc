x = 5
assert not x == 5, f"x is {x}"
