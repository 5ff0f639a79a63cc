# keyword argument name is a literal
f(1=2)
