# An uncaught exception in a -c or stdin program.
def divide(a, b):
    return a / b


print(divide(1, 2))
print(divide(1, 0))
