# f-string: expression that is only whitespace
x = f'{  }'
