# mixed tabs and spaces that CPython accepts consistently
if x:
	if y:
	    z = 1
	    w = 2
	else:
		q = 3
