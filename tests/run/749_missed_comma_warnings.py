# Compile-time SyntaxWarnings for calling or subscripting literals (a missed comma).
def never_called():
    a = [(1, 2) (3, 4)]
    b = "text" "more"()
    c = [1, 2]["x"]
    d = 5[0]
    e = (1, 2)[1:2]
    f = {1, 2}[0]
    g = "abc"[1]
    h = [x for x in "ab"]["k"]
    i = None[0]
    j = True[0]
    k = f"{a}"[a]
    l = f"{a}"["q"]
    m = (lambda: 0)[0]
    n = {"k": 1}["k"]
    o = b"xy"[1.5]
    p = (x for x in "a")()
    q = [1][True]
print("compiled")
try:
    [(1, 2) (3, 4)]
except TypeError as err:
    print(err)
