# Assignment expressions (walrus) in every permitted position.
if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
while (line := f.readline()) and line != "":
    pass
y = (x := 1)
y = [y := f(x), y**2, y**3]
y = [z for x in data if (z := g(x)) is not None]
y = {k: (v := k * 2) for k in range(3)}
print(x := 5)
print(key=(x := 5))
f(a, b := 1, c)
y = (a := 1, b := 2)
y = a[b := 1]
y = a[(b := 1):(c := 2)]
if x := 1:
    pass
elif y := 2:
    pass
assert (x := 1)
del y
z = (w := (v := 3))
z = lambda: (x := 1)
z = (x := 1) + (y := 2)
z = {(x := 1), (y := 2)}
z = {x := 1, y := 2}
z = f"{(x := 10)}"
z = [x := 1, *(y := [2])]
with (x := open("f")) as h:
    pass
for i in (x := [1, 2]):
    pass
z = any((w := c) == 'x' for c in s)
z = x if (x := 1) else (y := 2)
match (m := 3):
    case _:
        pass
@(d := decorator)
def f(): pass
def g(a=(b := 1)) -> (r := int): pass
z = not (x := 0)
z = (x := 1) and (y := 2)
z = -(x := 1)
