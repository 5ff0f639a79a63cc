# \U escape outside the Unicode range
x = '\U00110000'
