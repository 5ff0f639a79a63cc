# error complex string underscore: CPython's exception and message.
print(complex('1_0j'))
print(complex('1__0j'))
