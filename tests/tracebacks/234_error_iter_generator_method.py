class It:
    def __iter__(self):
        yield 1
        raise TypeError("iter")
list(It())