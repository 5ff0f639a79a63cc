# f-string: plain assignment inside replacement field
x = f'{a = 1}'
