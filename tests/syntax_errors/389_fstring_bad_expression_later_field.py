# f-string: invalid expression in the second replacement field
x = f'{a} and {b c}'
