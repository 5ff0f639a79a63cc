# f-string: unterminated nested string
x = f'{"abc}'
