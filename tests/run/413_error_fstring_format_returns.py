class Bad:
    def __format__(self, spec):
        return 42


print(f"{Bad()!s:.3}")
print(f"{Bad()}")
