class Point:
    __match_args__ = ("x", "y")
    x = y = 0

print("before")
match Point():
    case Point(x, y, z):
        print(x, y, z)
