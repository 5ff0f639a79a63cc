def f():
	if True:
		x = = 1
