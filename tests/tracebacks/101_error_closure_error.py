def make():
    def get():
        return x
    return get
    x = 1

make()()
