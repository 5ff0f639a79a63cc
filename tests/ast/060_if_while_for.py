# if/elif/else, while/else, for/else, async for, break/continue, nested blocks, one-line suites.
if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1
elif b: x = 2
else: x = 3
if a: x = 1; y = 2;
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
else:
    if e:
        pass
while True:
    break
while a:
    continue
else:
    pass
while a: x += 1
else: x = 0
for x in y:
    pass
for x, y in z:
    break
else:
    pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
for *x, y in z: pass
for x.y in z: pass
for x[0] in z: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
for x in y if z else w: pass
for x in (yield_): pass
for i in range(10):
    if i % 2:
        continue
    elif i > 5:
        break
    else:
        print(i)
else:
    print("done")
async def f():
    async for x in y:
        pass
    async for x, y in z:
        break
    else:
        pass
    async for x in await y: continue
if (a and
        b):
    pass
while (a or
       b): pass
if a:
    pass



elif b:

    pass
    # comment at odd indentation
        # deeper comment
else:
  pass
if not a: pass
if a if b else c: pass
if (x := 1): pass
while not (a is None): pass
