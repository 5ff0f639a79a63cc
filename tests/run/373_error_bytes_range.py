# error bytes range: CPython's exception and message.
print(bytes([255]))
print(bytes([256]))
