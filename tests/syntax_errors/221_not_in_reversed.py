# 'in not' instead of 'not in'
x = a in not b
