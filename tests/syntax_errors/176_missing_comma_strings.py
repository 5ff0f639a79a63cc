# missing comma between string and name
x = ['a' b]
