# comparison with missing right operand
x = a < 
