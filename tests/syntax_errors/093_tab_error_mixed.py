# inconsistent use of tabs and spaces (TabError)
if x:
	y = 1
        z = 2
