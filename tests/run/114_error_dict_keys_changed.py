# Same size, other keys: CPython notices when the iteration runs past its count.
d = {1: "one", 2: "two"}
for value in d.values():
    print(value)
    if value == "two":
        del d[1]
        d[3] = "three"
