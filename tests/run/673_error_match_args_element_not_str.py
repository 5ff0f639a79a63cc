class Odd:
    __match_args__ = ("a", None)
    a = 1

match Odd():
    case Odd(a):
        print("one positional is fine", a)
match Odd():
    case Odd(a, b):
        print(a, b)
