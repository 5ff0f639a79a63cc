x = {}
x["a"]  # look up a
