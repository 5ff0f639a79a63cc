# f-string expression part cannot include '#'
x = f'{a # comment}'
