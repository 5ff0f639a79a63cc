# 'not' with no operand
x = not
