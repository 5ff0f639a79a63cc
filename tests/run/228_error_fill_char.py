# error fill char: CPython's exception and message.
print("a".center(5, "*"))
print("a".center(5, "**"))
