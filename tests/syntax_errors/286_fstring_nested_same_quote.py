# f-string nested string reuses the outer quote (3.11)
x = f'{'a'}'
