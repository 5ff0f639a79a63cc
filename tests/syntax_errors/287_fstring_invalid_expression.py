# f-string: invalid syntax inside replacement field
x = f'{a +}'
