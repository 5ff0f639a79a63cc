# Conditions of if/while/ternaries: comparisons that jump directly, chains,
# `and`, identity, NaN, rich comparisons with side effects and errors.
nan = float("nan")
values = [0, 1, -1, 2.5, nan, "a", "b", None, True, 10**20]
for a in values[:5]:
    for b in values[:5]:
        row = []
        if a < b: row.append("<")
        if a <= b: row.append("<=")
        if a == b: row.append("==")
        if a != b: row.append("!=")
        if a > b: row.append(">")
        if a >= b: row.append(">=")
        print(repr(a), repr(b), row)

x = nan
if x == x:
    print("nan equals itself?")
else:
    print("nan is not equal to itself")
if x != x:
    print("nan differs from itself")

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
    def __ne__(self, other):
        print("ne", self.v, other)
        return "yes"
    def __lt__(self, other):
        print("lt", self.v, other)
        return 0

l = Loud(3)
if l == 3: print("equal")
if l != 3: print("ne is truthy")
if l < 3: print("never")
else: print("lt falsy")
print("ternary", "a" if l == 4 else "b")

def chain(a, b, c):
    if a < b < c:
        return "increasing"
    if a == b == c:
        return "flat"
    if a > b and b > c and c is not None:
        return "decreasing"
    return "other"

print(chain(1, 2, 3), chain(2, 2, 2), chain(3, 2, 1), chain(1, 3, 2))

n = 0
while True:
    n += 1
    if n == 5:
        break
print("n", n)

i = 0
while i < 10 and i * i < 30:
    i += 1
print("i", i)

s = "abc"
while s != "":
    s = s[1:]
print("emptied", repr(s))

k = None
if k is None: print("k is None")
if k is not None: print("never")

big = 2 ** 70
if big > 2 ** 53 + 1: print("big ints compare exactly")
if 2 ** 53 + 1 > 2.0 ** 53: print("int above float")
if 9007199254740993 == 9007199254740992.0: print("wrong")
else: print("exact int/float equality")

try:
    if [] < 1:
        pass
except TypeError as e:
    print(e)
