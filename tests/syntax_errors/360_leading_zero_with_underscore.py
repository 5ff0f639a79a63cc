# leading zeros with underscore separator
x = 0_7
