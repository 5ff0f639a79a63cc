class Point:
    __match_args__ = ["x", "y"]
    x = y = 0

match Point():
    case Point(x, y):
        print(x, y)
