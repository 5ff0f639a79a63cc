# f-string error inside a multi-line triple-quoted f-string
x = f'''
line one
{a b}
'''
