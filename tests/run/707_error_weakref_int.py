import weakref
class A:
    pass
print(weakref.ref(A())() is None)
weakref.ref(42)
