# Starred expressions in every legal context: targets, displays, calls, return/yield, for, subscripts, annotations.
a, *b = c
*a, b = c
[*a, b] = c
(*a, b) = c
x = *a, b
x = [*a, *b]
x = {*a, *b}
x = (*a, *b)
f(*a, *b)
for *a, b in c: pass
for a, *b in *c, *d: pass
def g():
    return *a, *b
def h():
    yield *a, *b
x = a[*b]
x = a[*b, *c]
a[*b] = 1
x = [*range(3)]
x = *a.b, *c[0], *d()
x = [*(a if b else c)]
x = *[1], *(2,), *{3}, *"four"
print(*a, sep="")
x, = *y,
x = [*[*[*a]]]
def fa(*args: *tuple[int, ...]): pass
x = (*a,)
for x in *a, b: pass
