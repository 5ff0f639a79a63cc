# match: value (dotted) patterns, group patterns, sequence patterns ([] and ()), star patterns.
match command.split():
    case Color.RED:
        pass
    case a.b.c.d:
        pass
    case (Color.RED):
        pass
    case (1 | 2):
        pass
    case ((x)):
        pass
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case x, y:
        pass
    case x, y,:
        pass
    case [x, y, z]:
        pass
    case [x, y, z,]:
        pass
    case (x, y, z):
        pass
    case [x, *rest]:
        pass
    case [*rest, x]:
        pass
    case [x, *_, y]:
        pass
    case *rest, x:
        pass
    case x, *rest:
        pass
    case [*_]:
        pass
    case (*_,):
        pass
    case [[a, b], [c, [d, e]]]:
        pass
    case [(a, b), (c, d)]:
        pass
    case ["go", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [1, "two", 3.0, None, Color.RED, _]:
        pass
    case [Point(x=0), Point(y=0)]:
        pass
    case [
        first,
        second,
    ]:
        pass
    case (
        1,
        2
    ):
        pass
