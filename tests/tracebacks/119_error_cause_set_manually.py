e = ValueError("effect")
e.__cause__ = KeyError("cause")
raise e
