# augmented assignment to function call
f() += 1
