# unmatched ']' after valid lines
a = 1
b = 2
c = a]
