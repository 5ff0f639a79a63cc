# float with dot and empty exponent
x = 1.e
