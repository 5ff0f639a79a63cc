# f-string: missing conversion character
x = f'{a!}'
