# 'is not not' is invalid
x = a is not not b
