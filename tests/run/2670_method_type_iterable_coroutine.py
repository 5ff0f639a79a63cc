import types
for a in [(len,), (1,2), (len, None), (len, 1, 2)]:
    try: print(types.MethodType(*a))
    except TypeError as e: print(e)
try: types.MethodType(f=1)
except TypeError as e: print(e)
class A: pass
m = types.MethodType(lambda self, x: (type(self).__name__, x), A())
print(m(3))
@types.coroutine
def sleeper():
    v = yield 'tick'
    return v
async def main():
    return await sleeper()
c = main()
print(c.send(None)); 
try: c.send(5)
except StopIteration as e: print('done', e.value)
def gen():
    yield from main()
try: list(gen())
except TypeError as e: print(e)
