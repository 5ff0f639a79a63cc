# augmented assignment to list display
[a, b] += 1
