a = 'one \
two'
b = 'one \
two \
three'
c = 'open \
never closed
d = 1
