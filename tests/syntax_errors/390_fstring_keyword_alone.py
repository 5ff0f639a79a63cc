# f-string: keyword as the whole expression
x = f'{if}'
