raise KeyError()
