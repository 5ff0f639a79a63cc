# cannot assign to unary expression
-a = 1
