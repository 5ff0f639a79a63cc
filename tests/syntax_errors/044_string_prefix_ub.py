# invalid string prefix (ub)
x = ub'abc'
