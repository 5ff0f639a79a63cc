x = 1 + \
    2
y = (1,
     2,
  3)
z = [
    1,
        2
]
w = {
}
s = 1 + \
\
3
if a and \
   b:
    pass
