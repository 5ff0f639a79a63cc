# "Did you mean" suggestions of uncaught NameErrors and AttributeErrors, and their name/obj fields.
class Thing:
    def __init__(self):
        self.value = 1
    def compute(self):
        return self.value
t = Thing()
try:
    t.valeu
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
try:
    undefined_name
except NameError as e:
    print(e, "|", e.name)
e = AttributeError("custom", name="n", obj=3)
print(e.name, e.obj, e.args, AttributeError("x").name, NameError("y", name="z").name)
for bad in [lambda: AttributeError("x", foo=1), lambda: NameError("x", obj=1)]:
    try:
        bad()
    except TypeError as err:
        print(err)
try:
    getattr(t, "computr")
except AttributeError as e:
    print(e.name, e.obj is t)
print(hasattr(t, "nope"), getattr(t, "nope", "default"))
def function(parameter):
    local_value = 2
    return local_valeu + parameter
try:
    function(1)
except NameError as e:
    print(e.name)
import sys
try:
    sys.maxsise
except AttributeError as e:
    print(e.name, e.obj is sys)
t.compte()
