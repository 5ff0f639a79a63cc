# dict.get takes no keyword arguments.
print({"a": 1}.get("a"))
{"a": 1}.get("a", default=0)
