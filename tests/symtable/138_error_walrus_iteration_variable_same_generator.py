[(j := 1) for i in x for j in y]
