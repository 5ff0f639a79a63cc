# code.replace and the bytes views of a code object (co_code and the other
# tables are in each implementation's own format: only their types are compared).
def add(a, b):
    total = a + b
    return total


code = add.__code__
for name in ("co_code", "_co_code_adaptive", "co_linetable", "co_exceptiontable", "co_lnotab"):
    print(name, type(getattr(code, name)).__name__)
print(code._varname_from_oparg(0), code._varname_from_oparg(2))
try:
    code._varname_from_oparg(99)
except IndexError as e:
    print(e)

renamed = code.replace(co_name="plus", co_qualname="ns.plus", co_filename="<made>")
print(renamed.co_name, renamed.co_qualname, renamed.co_filename, renamed is code)
f = type(add)(renamed, globals())
print(f(2, 3), f.__name__, f.__qualname__)

moved = code.replace(co_firstlineno=code.co_firstlineno + 100)
print(moved.co_firstlineno - code.co_firstlineno, [line - 100 for _, _, line in moved.co_lines() if line] == [line for _, _, line in code.co_lines() if line])

def greet():
    return "hello", len


changed = greet.__code__.replace(co_consts=tuple("bye" if c == "hello" else c for c in greet.__code__.co_consts),
                                 co_names=("abs",))
print(type(greet)(changed, globals())())

same = code.replace(co_code=code.co_code, co_argcount=2, co_nlocals=code.co_nlocals)
print(same.co_argcount, type(add)(same, {})(1, 1))
print(code.replace().co_name)
print(code.replace(co_varnames=("x", "y", "z")).co_varnames)

for keywords in ({"co_name": 1}, {"co_consts": []}, {"co_code": "x"}, {"co_foo": 1}, {"co_names": (1,)}):
    try:
        code.replace(**keywords)
    except (TypeError, SystemError) as e:
        print(type(e).__name__, e)
try:
    code.replace(1)
except TypeError as e:
    print(e)
