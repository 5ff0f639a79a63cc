# keyword argument with '=' followed by a comprehension clause
f(a=1 for a in b)
