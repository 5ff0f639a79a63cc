obj = object()
obj.__debug__ = 1
