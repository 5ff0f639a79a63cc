# Deleting during iteration changes the size.
d = {"x": 1, "y": 2, "z": 3}
for key in d:
    print(key)
    del d["z"]
