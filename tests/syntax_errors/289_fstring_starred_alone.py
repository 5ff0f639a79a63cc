# f-string: starred expression alone
x = f'{*a}'
