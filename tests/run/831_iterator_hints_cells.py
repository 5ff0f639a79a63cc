# __length_hint__ of set and dict iterators, cell.cell_contents, alias/union attributes as type members.
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__())
d = {1: 2, 3: 4}
it = iter(d.items())
next(it)
print(it.__length_hint__(), iter(d.values()).__length_hint__(), reversed(d).__length_hint__(), iter({}).__length_hint__())
s = {1, 2}
it = iter(s)
s.add(3)
print(it.__length_hint__())
d2 = {1: 1}
it = iter(d2)
d2[2] = 2
print(it.__length_hint__())
c = (lambda x: lambda: x)(1).__closure__[0]
print(c.cell_contents)
c.cell_contents = 5
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(e)
alias = type(list[int])
union = type(int | str)
print(sorted(n for n in dir(alias) if n in ("__origin__", "__args__", "__parameters__", "__unpacked__")),
      sorted(n for n in dir(union) if n in ("__args__", "__parameters__")))
print(list[int].__unpacked__, list[int].__typing_unpacked_tuple_args__, type({}.keys().mapping)[str, int])
for f in [lambda: setattr(list[int], "__origin__", 1), lambda: setattr(int | str, "__args__", 1)]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
m = (1).__add__; print(m.__name__, m.__qualname__, m.__objclass__, m.__self__)
d = int.__add__; print(d.__name__, d.__qualname__, d.__objclass__)
class A: pass
print(A().__init__.__qualname__, A().__init__.__objclass__, object.__init__.__qualname__, [].__len__.__qualname__, {}.__getitem__.__qualname__ if hasattr({}.__getitem__, "__qualname__") else "")
