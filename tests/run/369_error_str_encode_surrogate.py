# error str encode surrogate: CPython's exception and message.
print('\ud800'.encode('utf-8', 'surrogatepass'))
print('\ud800'.encode())
