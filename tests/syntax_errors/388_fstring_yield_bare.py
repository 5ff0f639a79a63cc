# f-string: starred expression with trailing text
x = f'{*a, b'
