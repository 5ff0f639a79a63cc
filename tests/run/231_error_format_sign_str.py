# error format sign str: CPython's exception and message.
print(format("s", ">3"))
print(format("s", "+"))
