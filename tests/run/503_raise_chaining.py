# raise forms, `from`, __cause__, __context__, __suppress_context__ and
# the TypeErrors of bad raises.
def show(e):
    print(type(e).__name__, e.args, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError
except ValueError as e:
    show(e)

try:
    raise ValueError("with message", 2)
except ValueError as e:
    show(e)

try:
    raise KeyError("k") from TypeError("cause")
except KeyError as e:
    show(e)

try:
    raise KeyError("k") from None
except KeyError as e:
    show(e)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    show(e)

try:
    try:
        raise TypeError("first")
    except TypeError as t:
        raise ValueError("second") from t
except ValueError as e:
    show(e)

try:
    raise 5
except TypeError as e:
    print(e)

try:
    raise ValueError from 5
except TypeError as e:
    print(e)

class NotAnException:
    pass

try:
    raise NotAnException
except TypeError as e:
    print(e)

try:
    raise
except RuntimeError as e:
    print(e)

# re-raising the same object keeps its context chain acyclic
error = ValueError("again")
try:
    try:
        raise error
    except ValueError:
        raise error
except ValueError as e:
    print(e is error, e.__context__)

# the context is the exception being handled when raised, also in callees
def raiser():
    raise IndexError("from callee")

try:
    try:
        {}[0]
    except KeyError:
        raiser()
except IndexError as e:
    show(e)

# after a handler ends, nothing is handled any more
try:
    raise ValueError("handled")
except ValueError:
    pass
try:
    raise TypeError("fresh")
except TypeError as e:
    show(e)

# the attributes can be set
e = ValueError("x")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__context__ = None
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as t:
    print(t)
try:
    e.__context__ = "s"
except TypeError as t:
    print(t)
