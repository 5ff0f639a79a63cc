# Chained assignment, global augmented assignment, nested functions, builtin
# reprs, operator precedence and associativity.
a = b = 5
print(a, b)
g = 0
def setg(v):
    global g
    g += v
    g = g * 2
setg(3)
print(g)
def outer():
    def inner(x):
        return x
    return inner()
for i in range(3):
    a = a + i
print(a, i)
print(ZeroDivisionError, range, len, None is None)
print(-2 ** 2, 2 ** 3 ** 2, 7 - 3 - 2, 100 / 10 / 5, 2 * 3 + 4 * 5)
x = 0
while x < 5:
    x += 1
    if x == 3:
        break
print(x)
def outer2(n):
    def inner(x, y=1):
        return x * 10 + y
    return inner(n) + inner(n, 2)
print(outer2(4))
