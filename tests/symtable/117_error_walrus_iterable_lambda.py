values = [i for i in (lambda: (j := x))()]
