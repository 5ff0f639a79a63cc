# When names are bound (after the whole pattern matched, before the guard),
# OR and AS patterns, captures to locals, cells, class namespaces, globals.
# bindings happen only once the whole pattern matched
x = "unset"
y = "unset"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print(x)

# ...and before the guard, so a failed guard leaves them bound
match [1, 2]:
    case [x, y] if x > y:
        print("no")
    case _:
        pass
print(x, y)

# the subject is evaluated once, and later cases still see it after a
# capture or a guard rebinds the name it came from
def subject():
    print("evaluating the subject")
    return [5, 6]
match subject():
    case [1, _]:
        print("no")
    case [a, b]:
        print(a, b)

value = [7]
match value:
    case [value] if False:
        pass
    case other:
        print("other is", other, "value is", value)

# OR patterns bind the same names from whichever alternative matched
for item in [(1, "a"), ["b", 2], {"k": "c"}, 3]:
    match item:
        case (int(n), str(s)) | (str(s), int(n)):
            print("pair", n, s)
        case {"k": s} | [s]:
            print("one", s)
        case _:
            print("none")

# AS patterns
match [1, [2, 3]]:
    case [int() as first, [_, _] as second] as whole:
        print(first, second, whole)
match 5:
    case (1 | 2 | 5) as n:
        print("matched", n)

# in functions (locals), closures (cells) and class bodies (namespace)
def function(subject):
    match subject:
        case [a, *b]:
            return lambda: (a, b)
print(function([1, 2, 3])())

def counter():
    total = 0
    def add(item):
        nonlocal total
        match item:
            case {"amount": total}:
                pass
        return total
    return add
add = counter()
print(add({"amount": 4}), add({"other": 1}))

class Namespace:
    match (1, 2, 3):
        case (first, *middle, last):
            pass
print(Namespace.first, Namespace.middle, Namespace.last)
print([name for name in vars(Namespace) if not name.startswith("__")])

def uses_global():
    global g
    match "global":
        case g:
            pass
uses_global()
print(g)

# generators and loops
def gen(items):
    for item in items:
        match item:
            case int(n) if n % 2:
                yield n
            case [*values]:
                yield from gen(values)
            case _:
                continue
print(list(gen([1, 2, [3, 4, [5]], "x", 7])))

# break and continue inside cases
for i in range(10):
    match i:
        case 2:
            continue
        case 5:
            break
        case n:
            print("loop", n)

# a match without a matching case does nothing
match 3:
    case 1:
        print("one")
print("done")

# irrefutable last case, wildcard alone
match object():
    case _:
        print("wildcard")

# guards with side effects
def check(n):
    print("  guard", n)
    return n > 1
for n in [1, 2]:
    match n:
        case k if check(k):
            print("big", k)
        case k:
            print("small", k)

# a value pattern uses ==
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called")
        return True
class Const:
    ANY = AlwaysEqual()
match 42:
    case Const.ANY:
        print("equal to anything")
match AlwaysEqual():
    case 7:
        print("subject's __eq__ asked first")

# None/True/False compare by identity: 1 == True but is not True
match 1:
    case True:
        print("True")
    case 1:
        print("one, not True")
match 0.0:
    case False:
        print("False")
    case 0:
        print("zero")
match float("nan"):
    case 1.0:
        print("no")
    case x:
        print("nan is", x)
