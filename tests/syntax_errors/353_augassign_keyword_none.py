# augmented assignment to None
None += 1
