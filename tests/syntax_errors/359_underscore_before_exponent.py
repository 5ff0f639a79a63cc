# underscore immediately before exponent
x = 1_e5
