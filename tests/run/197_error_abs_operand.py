# abs operand
print(abs(-3))
abs('a')
