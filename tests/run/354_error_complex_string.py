# error complex string: CPython's exception and message.
print(complex('1+2j'))
print(complex('1 + 2j'))
