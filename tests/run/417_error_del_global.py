name = 1
del name
del name
