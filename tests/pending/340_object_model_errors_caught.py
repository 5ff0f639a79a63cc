# Needs: try/except. The object model's error texts, caught one after another.
def check(function):
    try:
        function()
    except Exception as error:
        print(type(error).__name__ + ":", error)
    else:
        print("no error")

# isinstance, issubclass, attribute builtins, type()
check(lambda: isinstance(1))
check(lambda: isinstance(1, 1))
check(lambda: isinstance(1, (1, int)))
check(lambda: isinstance(1, int, x=1))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: issubclass(int, (1,)))
check(lambda: issubclass(1))
check(lambda: getattr(1))
check(lambda: getattr(1, 2))
check(lambda: getattr(1, 'x'))
check(lambda: getattr(1, 'x', 2, 3))
check(lambda: getattr(1, 'x', default=3))
check(lambda: setattr(1, 2, 3))
check(lambda: setattr(1, 'x', 3))
check(lambda: hasattr(1, 2))
check(lambda: hasattr(1))
check(lambda: delattr(1, 2))
check(lambda: delattr(1, 'x'))
check(lambda: vars(1))
check(lambda: vars(1, 2))
check(lambda: dir(1, 2))
check(lambda: type())
check(lambda: type(1, 2))
check(lambda: type(1, 2, 3))
check(lambda: type('A', 1, {}))
check(lambda: type('A', (), 1))
check(lambda: type(x=1))
check(lambda: type.__instancecheck__(int))
check(lambda: int.__subclasscheck__(1))

# super
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
check(lambda: super(1, 2, 3))
check(lambda: super(1))
check(lambda: super(A, 1))
check(lambda: super(B, A()))
check(lambda: super(A, x=1))
check(lambda: super())
check(lambda: super(A, B).f)
check(lambda: super(B, B()).g)
check(lambda: super(B).f)
