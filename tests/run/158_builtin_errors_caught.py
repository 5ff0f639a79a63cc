# The builtins' errors, caught: exception type and CPython's message for each (needs try/except).
def check(function, *arguments, **keywords):
    try:
        print("ok", repr(function(*arguments, **keywords)))
    except Exception as error:
        print(type(error).__name__ + ":", error)

check(max)
check(max, [])
check(min, 1, 2, default=0)
check(max, [1], foo=1)
check(max, [1], key=None, default=1, x=1)
check(sum)
check(sum, ["a"], "")
check(sum, [1], 2, 3)
check(sum, [1], foo=2)
check(sorted)
check(sorted, [], None)
check(sorted, [], foo=1)
check(sorted, [1, "a"])
check(sorted, [], reverse=None)
check(sorted, [], reverse=2**40)
check(iter)
check(iter, 1)
check(iter, 1, 2)
check(next)
check(next, 1)
check(next, iter([]))
check(chr, -1)
check(chr, 2**70)
check(chr, "a")
check(ord, "ab")
check(ord, 1)
check(hex, 1.5)
check(round)
check(round, 1.5, 1.5)
check(round, [])
check(round, float("nan"))
check(round, 1.5e308, -308)
check(divmod, 1, 0)
check(divmod, 1.0, 0)
check(divmod, 1, "a")
check(pow, 2, 3, 0)
check(pow, 2.0, 3, 5)
check(pow, "a", 2, 3)
check(pow, 2, -1, 4)
check(pow, 0, -1)
check(pow, 2, foo=1)
check(abs, "a")
check(int, "x")
check(int, "1", 37)
check(int, 1, 2)
check(int, [])
check(int, x=1)
check(int, base=2)
check(int, float("inf"))
check(int, "9" * 5000)
check(int, "a" * 300, 10)
check(float, "x")
check(float, [])
check(float, x=1)
check(float, 2**2000)
check(bool, x=1)
check(enumerate)
check(enumerate, [], "a")
check(enumerate, foo=1)
check(zip, 1)
check(zip, foo=1)
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
check(map, abs)
check(map, abs, [], x=1)
check(filter, abs)
check(reversed, 1)
check(reversed, {1})
check(print, sep=1)
check(print, file=1)
check(lambda: (1).bit_length(1))
check(lambda: float("inf").as_integer_ratio())
check(lambda: float("nan").as_integer_ratio())
class BadIndex:
    def __index__(self):
        return "a"
class BadInt:
    def __int__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return 1
check(hex, BadIndex())
check(int, BadInt())
check(float, BadFloat())
class Stops:
    def __len__(self):
        return 2
    def __getitem__(self, index):
        if index == 1:
            raise StopIteration
        return index
print(list(iter(Stops())), list(reversed(Stops())))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
