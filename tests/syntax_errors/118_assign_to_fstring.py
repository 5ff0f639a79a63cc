# cannot assign to f-string
f'{x}' = 1
