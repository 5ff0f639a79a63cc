# invalid string prefix (uf)
x = uf'{a}'
