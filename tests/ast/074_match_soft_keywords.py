# Soft keywords match/case/_ used as ordinary names, calls, attributes, targets; nested match.
match = 1
case = 2
_ = 3
match(1)
match[1]
match.x = 1
match, case = 1, 2
match: int = 1
case: str = "c"
match += 1
match * 2
match - 1
match -1
match + case
match.case.match
match(match)
print(match, case, _)
def match(match, case=_): return match
def case(*match, **case): pass
class match: case = 1
match = [match for match in case]
for match in case: pass
for _ in range(3): pass
import match
from case import match as case
match = lambda case: case
x = match if case else _
match match:
    case case:
        pass
match case:
    case match:
        pass
match _:
    case _:
        pass
match match.case:
    case match.case:
        match = 1
match(x):
    case y:
        pass
match[x]:
    case [y]:
        pass
match {1: 2}:
    case {1: z}:
        pass
match not x:
    case _: pass
match x:
    case 1:
        match y:
            case 2:
                match z:
                    case 3:
                        pass
    case _:
        pass
def f():
    match x:
        case [*match]:
            return match
        case {"case": case}:
            return case
match x, *y:
    case _: pass
match (yield_):
    case _: pass
