def gen():
    yield 1
    raise ValueError("in generator")

for x in gen():
    print(x)
