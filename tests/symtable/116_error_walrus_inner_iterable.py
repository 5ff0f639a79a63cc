values = [i for i in x for k in (j := x)]
