# invalid decimal literal (digit followed by name)
x = 1abc
