# Exceptions in reference cycles.
import gc

class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

# An exception holding itself in its args.
def self_in_args():
    e = ValueError("x")
    e.args = (e, Marker("args"))

self_in_args()
gc.collect()

# An exception whose attribute refers back to it.
def self_in_attribute():
    e = KeyError("k")
    e.me = e
    e.marker = Marker("attribute")

self_in_attribute()
gc.collect()

# Exceptions whose __context__ and __cause__ refer to each other through a handler.
def chained():
    try:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            inner.keep = Marker("chain")
            raise RuntimeError("outer") from inner
    except RuntimeError as outer:
        outer.__cause__.partner = outer
        return None

chained()
gc.collect()

# A caught exception stored in a local that the exception refers to.
class Holder:
    pass

def stored():
    holder = Holder()
    try:
        1 / 0
    except ZeroDivisionError as error:
        holder.error = error
        error.holder = holder
        holder.marker = Marker("stored")

stored()
gc.collect()

# An exception class defined in a function, with a method using super().
def local_class():
    class LocalError(Exception):
        def __str__(self):
            return "local " + super().__str__()
    error = LocalError("message")
    print(str(error))
    error.marker = Marker("local class")

local_class()
gc.collect()
print("end")
