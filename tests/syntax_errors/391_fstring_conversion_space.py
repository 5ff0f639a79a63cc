# f-string: space before conversion character
x = f'{a! r}'
