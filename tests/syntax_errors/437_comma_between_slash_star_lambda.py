f = lambda a, /*, b: 0
