# space between string prefix and quote
x = r 'abc'
