# ** in dict display with boolean expression
d = {**a or b}
