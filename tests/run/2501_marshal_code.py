# marshal writes and reads code objects (in the interpreter's own format):
# the code runs again, keeps its names, and nested functions work.
import marshal

source = '''
def greet(name, *, punctuation="!"):
    def inner():
        return f"hello {name}{punctuation}"
    return inner()

values = [greet(n) for n in ("a", "b")]
total = sum(i * i for i in range(10))
'''
code = compile(source, "<marshalled>", "exec")
data = marshal.dumps(code)
print(type(data).__name__, len(data) > 0)
loaded = marshal.loads(data)
print(type(loaded).__name__, loaded.co_filename, loaded.co_name)
namespace = {}
exec(loaded, namespace)
print(namespace["values"], namespace["total"])
print(namespace["greet"].__code__.co_varnames, namespace["greet"].__code__.co_filename)

# Inside containers too, and the same bytes load twice.
pair = marshal.loads(marshal.dumps((code, 5)))
print(type(pair[0]).__name__, pair[1])
again = marshal.loads(data)
print(again is not loaded)

