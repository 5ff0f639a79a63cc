# TypeError for int + str, with CPython's message.
x = 1
y = 'a'
print(x + y)
