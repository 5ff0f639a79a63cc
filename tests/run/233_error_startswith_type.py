# error startswith type: CPython's exception and message.
print("abc".startswith(("a", "b")))
print("abc".startswith(["a"]))
