# TabError: spaces then tab with ambiguous width
def f():
        a = 1
	b = 2
