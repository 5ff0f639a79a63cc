# invalid string prefix (fb)
x = fb'abc'
