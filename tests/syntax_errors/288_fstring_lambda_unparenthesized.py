# f-string: unparenthesized lambda (colon starts the format spec)
x = f'{lambda: 1}'
