# A metaclass's __getattr__ runs only after type's own lookup failed, and
# type(name, bases, ns, **kw) hands over to the bases' metaclass.
class Meta(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        print("Meta.__new__", cls, sorted(kwds))
        classdict = dict(classdict.items())
        classdict['_member_map_'] = {'x': 'member x'}
        classdict['_boundary_'] = 1
        enum_class = super().__new__(metacls, cls, bases, classdict)
        delattr(enum_class, '_boundary_')
        return enum_class
    def __init__(cls, *args, **kwds):
        super().__init__(*args)
    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("cannot delete member")
        super().__delattr__(attr)
    def __getattr__(cls, name):
        print("Meta.__getattr__", name)
        if name.startswith('__'):
            raise AttributeError(name)
        return cls._member_map_[name]

class E(metaclass=Meta):
    a = 1
print(E.a, E.x, hasattr(E, '_boundary_'))
try:
    E.nope
except KeyError as e:
    print("KeyError", e)
try:
    del E.x
except AttributeError as e:
    print(e)

F = type('F', (E,), {'b': 2}, flag=True)
print(type(F).__name__, F.b, F.x)

class Plain(type):
    pass
class Base(metaclass=Plain):
    pass
G = type('G', (Base,), {})
print(type(G).__name__)
class Other(type):
    pass
try:
    type('H', (Base, Other('O', (), {})), {})
except TypeError as e:
    print(e)
