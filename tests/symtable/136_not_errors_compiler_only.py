await x
return 1
yield 2
break
async with a as b:
    pass
def f():
    await y
    return [x async for x in z]
