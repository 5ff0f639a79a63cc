# Unary and binary operators: every operator, precedence, associativity, power vs unary, await.
r = a + b - c * d / e // f % g @ h
r = a ** b ** c
r = -a ** b
r = (-a) ** b
r = a ** -b
r = -a ** -b ** ~c
r = ~a + -b - +c
r = not a
r = not not a
r = a | b ^ c & d << e >> f + g * h ** i
r = a << b << c >> d
r = (a | b) ^ (c & d)
r = a - b - c - d
r = a - (b - c)
r = a / b * c % d // e @ f
r = a + b * c
r = (a + b) * c
r = a * b + c * d
r = - - - a
r = + - ~ + a
r = a.b ** c[d] ** e(f)
r = 2 ** -1
r = a @ b @ c
r = (((a)))
r = a | b | c
r = a & b & c
r = a ^ b ^ c
r = a if b else c | d
r = -1 ** 2
r = (a
     +
     b)
r = a + \
    b
r = 1+2*3-4/5%6//7**8
r = x**2 + 2*x*y + y**2
r = ((a + b) * (c - d)) / ((e % f) ** (g // h))
r = not a + b
r = -a.b
r = -a[0]
r = -a()
r = ~(~a)
async def coro():
    r = await a ** b
    r = -await a
    r = await a + await b
    r = await (await a)
    r = await a.b[c]()
    r = not await a
    return await a @ await b
