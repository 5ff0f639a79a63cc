# Every builtin called with wrong argument counts, types and keywords: the TypeError texts.
import builtins
names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "ord", "pow", "repr", "round", "setattr", "sorted", "sum", "vars", "bool", "bytearray", "bytes", "complex", "dict", "enumerate", "filter", "float", "frozenset", "int", "list", "map", "memoryview", "object", "property", "range", "reversed", "set", "slice", "str", "tuple", "type", "zip", "classmethod", "staticmethod", "super", "aiter", "anext", "input"]
argsets = [(), (None,), ("a",), (1.5,), ([],), (1, 2), ("a", "b", "c"), (1, 2, 3, 4), ((), (), (), (), ())]
kwsets = [{}, {"x": 1}, {"key": None}, {"start": 1}]
for name in names:
    f = getattr(builtins, name)
    for args in argsets:
        for kw in kwsets:
            if name in ("input", "anext") and not kw:
                continue
            try:
                r = f(*args, **kw)
                r = type(r).__name__
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(name, args, kw, r)
