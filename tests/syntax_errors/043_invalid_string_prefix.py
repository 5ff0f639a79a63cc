# invalid string prefix (bu)
x = bu'abc'
