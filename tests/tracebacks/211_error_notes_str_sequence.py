e = ValueError("x")
e.__notes__ = "not a list"
raise e