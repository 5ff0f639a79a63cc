# unterminated f-string
x = f'{a}
