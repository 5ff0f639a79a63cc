# starred expression as with item
with *a:
    pass
