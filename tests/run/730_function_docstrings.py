# Docstrings of functions, methods, lambdas, generators and classes.
def documented():
    """Says what it does."""
    return 1

def undocumented():
    x = "not a docstring"
    return x

def only_doc():
    "Just a docstring."

async def coroutine():
    """A coroutine's doc."""

def generator():
    """A generator's doc."""
    yield 1

class Thing:
    """A thing."""
    def method(self):
        """A method."""
    @property
    def prop(self):
        """A property's doc."""
        return 1
    @staticmethod
    def static():
        "static doc"

def number_first():
    1
    "not the doc"

print(documented.__doc__, undocumented.__doc__, only_doc.__doc__)
print(coroutine.__doc__, generator.__doc__)
print(Thing.__doc__, Thing.method.__doc__, Thing.prop.__doc__, Thing.static.__doc__)
print((lambda: "x").__doc__, number_first.__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)
def f():
    f"not a docstring {1}"
print(f.__doc__)
exec('def g():\n    "from exec"\n', ns := {})
print(ns["g"].__doc__)
