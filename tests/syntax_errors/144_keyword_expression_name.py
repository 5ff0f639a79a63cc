# expression cannot contain assignment as keyword
f(a.b=1)
