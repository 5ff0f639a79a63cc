# assert with trailing comma only
assert x,
