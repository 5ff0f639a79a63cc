# match: or-patterns, as-patterns, guards, nested combinations.
match x:
    case 1 | 2:
        pass
    case "a" | "b" | "c" | "d":
        pass
    case [1, 2] | [3, 4]:
        pass
    case (1 | 2) as n:
        pass
    case 1 | 2 as n:
        pass
    case [x] as whole:
        pass
    case [x as y, z as w]:
        pass
    case Point(x=0 as zero) as p:
        pass
    case {"k": (1 | 2) as v}:
        pass
    case ((a as b) as c) as d:
        pass
    case [1, *_] | [*_, 1] if len(x) > 2:
        pass
    case Point(x, y) if x == y:
        pass
    case str() as s if s.startswith("a") and s.endswith("z"):
        pass
    case None | True | False:
        pass
    case Color.RED | Color.GREEN | Color.BLUE as color:
        pass
    case (1 | (2 | 3)):
        pass
    case [_, _] | (_, _, _):
        pass
    case _ if x if y else z:
        pass
    case _ if lambda: 1:
        pass
    case _:
        pass
