# error bytes fromhex: CPython's exception and message.
print(bytes.fromhex('ab cd'))
print(bytes.fromhex('ab c'))
