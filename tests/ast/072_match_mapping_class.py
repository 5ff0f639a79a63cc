# match: mapping patterns (with **rest, value keys) and class patterns (positional and keyword).
match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, "b": [x, y]}:
        pass
    case {**rest}:
        pass
    case {"a": 1, **rest}:
        pass
    case {"a": 1, **rest,}:
        pass
    case {1: _, -1: _, 1.5: _, 1+2j: _, b"b": _, None: _, True: _, False: _}:
        pass
    case {Color.RED: r, a.b.c: d}:
        pass
    case {"nested": {"deep": {"k": v}}}:
        pass
    case {"k": v as alias}:
        pass
    case {"k": 1 | 2}:
        pass
    case Point():
        pass
    case Point(x):
        pass
    case Point(x, y):
        pass
    case Point(x, y,):
        pass
    case Point(x=0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(x=0, y=0,):
        pass
    case Point(1, 2, x=3, y=4):
        pass
    case a.b.Point(x=a.b.c):
        pass
    case Point(x=[1, 2], y={"k": v}):
        pass
    case Point(Point(1), Point(x=2)):
        pass
    case int() | str() | bytes():
        pass
    case int(i) if i > 0:
        pass
    case Point(x=_, y=_):
        pass
    case Point(
        x=1,
        y=2,
    ):
        pass
    case dict({"a": 1}):
        pass
    case {"a": {"b": Point(x=[*_])}}:
        pass
