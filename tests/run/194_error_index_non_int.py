# index non int
class C:
    def __index__(self):
        return 'a'
print(hex(255))
hex(C())
