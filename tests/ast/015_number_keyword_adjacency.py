# Number literals directly followed by keywords (CPython accepts with SyntaxWarning on stderr; 0x1for lexes as 0x1f or).
x = 1if True else 2
y = [0x1for x in z]
z = 1or 2
w = 1_0and 3
v = [1for x in y]
u = 1.0if x else 2j
q = 0o7in s
r = 0b1is 1
s = 1jnot in t
