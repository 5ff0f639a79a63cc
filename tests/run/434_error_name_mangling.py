class C:
    def __init__(self):
        self.__secret = 1


c = C()
print(c._C__secret)
print(c.__hidden)
