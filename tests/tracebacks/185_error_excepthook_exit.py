import sys
sys.excepthook(ValueError, ValueError("direct"), None)
sys.excepthook = lambda *a: sys.exit(4)
raise KeyError(1)
