# f-string: nested format spec never closed
x = f'{a:{b}'
