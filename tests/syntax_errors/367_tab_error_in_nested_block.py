# TabError deep in a nested block
class C:
    def m(self):
        if x:
	    pass
