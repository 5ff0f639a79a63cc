# Calls: positional, keyword, *args, **kwargs, mixed orders, generator argument, trailing commas.
f()
f(1)
f(1,)
f(1, 2, 3)
f(a=1)
f(a=1,)
f(1, a=2)
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(1, *args, 2, *more, a=3, **kw, b=4, **kw2)
f(a=1, *args)
f(a=1, *args, b=2, **kw)
f(**kw, a=1)
f(**a, **b, **c)
f(*a, *b, *c)
f(x for x in y)
f((x for x in y))
f((x for x in y), 1)
f(x for x in y if x for z in x)
f(
    1,
    2,
    key=3,
)
f(*[1, 2], **{'a': 1})
f(*a or b)
f(*(a, b))
f(**a or b)
f(**{**a, **b})
f(a)(b)(c)
f.g(h)(i).j(k=l)
f(lambda: 0, key=lambda x: x)
f(a if b else c, d=e if f else g)
f(not a, -b, ~c, await_ := 1)
f(a, b)[c]
print("hello", "world", sep=", ", end="\n", file=None, flush=True)
f(*args, )
f(**kw, )
f(a, *b, c=d, **e, )
f(x := 1, y)
f(a
  =
  1)
f(*
  a)
f(
)
async def g():
    await f(*a, **k)
    await f(x async for x in y)
f(True, False, None, ..., 1.0, 'str', b'b', 1j)
