e = ValueError("x")
e.__notes__ = [1, "two"]
raise e