# An int subclass parses its argument as int() does.
class I(int):
    pass
print(I("12"), I("ff", 16))
I("x")
