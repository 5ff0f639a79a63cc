# A comprehension in a class body sees the class's names only through its
# first iterable.
class C:
    a = 1
    ok = [a for _ in [a]] if False else [i for i in [a]]
    print(ok)
    b = [a for _ in range(2)]
