import sys
del sys.excepthook
raise KeyError(1)
