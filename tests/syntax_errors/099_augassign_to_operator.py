# augmented assignment to expression
a + 1 += 2
