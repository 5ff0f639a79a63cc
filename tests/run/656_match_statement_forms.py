# match and case as soft keywords, subjects, nested matches, match in try,
# coroutines and loops, long patterns, keyword-only class patterns.
# match and case stay ordinary names elsewhere
match = [1, 2]
case = {"a": 1}
print(match, case)
match match:
    case [case, *_]:
        print("case is", case)
def match(*args):
    return args
print(match(1, 2))
match (3):
    case 3:
        print("parenthesised subject")
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match *[1], 2:
    case [a, b]:
        print("starred subject", a, b)
_ = "underscore"
match 5:
    case _:
        print(_)

# nested matches
def shape(value):
    match value:
        case (kind, data):
            match kind:
                case "circle":
                    match data:
                        case {"r": r}:
                            return 3 * r * r
                case "square":
                    match data:
                        case [side]:
                            return side * side
    return None
print(shape(("circle", {"r": 2})), shape(("square", [3])), shape(("line", 0)))

# match inside try and with await in a guard
import_like = None
def in_try(value):
    try:
        match value:
            case int(n):
                return 10 // n
            case _:
                raise ValueError(value)
    except ZeroDivisionError:
        return "division by zero"
    finally:
        print("  finally")
print(in_try(2), in_try(0))
try:
    in_try("x")
except ValueError as error:
    print("ValueError", error)

async def check(value):
    return value > 0

async def classify(value):
    match value:
        case int(n) if await check(n):
            return "positive"
        case int():
            return "not positive"

def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
print(run(classify(5)), run(classify(-5)))

# comprehensions using match results
def kinds(values):
    result = []
    for value in values:
        match value:
            case str() | bytes():
                result.append("text")
            case [*_]:
                result.append("sequence")
            case {}:
                result.append("mapping")
            case _:
                result.append(type(value).__name__)
    return result
print(kinds(["a", b"b", [1], (), {}, 1.5, None]))

# long patterns
match list(range(20)):
    case [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9]:
        print(a0 + a9 + b0 + b9)
match tuple(range(40)):
    case (first, *_, x, y, z):
        print(first, x, y, z)

# a class pattern with only keywords, on dotted names
class Color:
    RED = "red"
    GREEN = "green"
class Pixel:
    def __init__(self, color, position):
        self.color = color
        self.position = position
for pixel in [Pixel("red", (0, 0)), Pixel("green", (1, 2)), Pixel("blue", (0, 0))]:
    match pixel:
        case Pixel(color=Color.RED, position=(0, 0)):
            print("red at origin")
        case Pixel(color=Color.GREEN | Color.RED, position=(x, y)):
            print("green or red at", x, y)
        case Pixel(color=c):
            print("other color", c)
