# cannot assign to expression (binary operator)
a + 1 = 2
