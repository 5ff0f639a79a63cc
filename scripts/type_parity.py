#!/usr/bin/env python3
"""Compares the attributes of the builtin types under Krait and CPython 3.11:
`python3 scripts/type_parity.py [KRAIT]` (default build/krait). For each type
prints the names dir(T) lists under CPython but not under Krait ("missing")
and the other way round ("extra")."""
import subprocess
import sys

# Runs under both interpreters: prints {type name: sorted(dir(type))}.
PROBE = r'''
import builtins
names = ["int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview", "list", "tuple",
         "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed",
         "object", "type", "property", "classmethod", "staticmethod", "super"]
names += sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
extra = {
    "dict_keys": type({}.keys()), "dict_values": type({}.values()), "dict_items": type({}.items()),
    "list_iterator": type(iter([])), "str_ascii_iterator": type(iter("a")), "range_iterator": type(iter(range(1))),
    "function": type(lambda: 0), "generator": type((x for x in ())), "module": type(builtins),
    "NoneType": type(None), "NotImplementedType": type(NotImplemented),
    "builtin_function_or_method": type(len), "method_descriptor": type(list.append),
    "wrapper_descriptor": type(object.__init__), "method-wrapper": type(object().__init__),
    "getset_descriptor": type(type.__dict__["__name__"]) if isinstance(type.__dict__, dict) else None,
    "set_iterator": type(iter(set())), "dict_keyiterator": type(iter({})), "bytes_iterator": type(iter(b"")),
    "callable_iterator": type(iter(int, 1)), "tuple_iterator": type(iter(())),
    "mappingproxy": type({}.keys().mapping), "GenericAlias": type(list[int]), "UnionType": type(int | None),
    "code": type((lambda: 0).__code__), "cell": type((lambda x: lambda: x)(1).__closure__[0]),
}
extra = {name: t for name, t in extra.items() if t is not None}
class _Sample:
    def method(self):
        pass
extra["method"] = type(_Sample().method)
if hasattr(builtins, "Ellipsis"):
    extra["ellipsis"] = type(builtins.Ellipsis)
result = {}
for name in names:
    t = getattr(builtins, name, None)
    result[name] = None if t is None else sorted(dir(t))
for name, t in extra.items():
    result[name] = sorted(dir(t))
result["builtins"] = sorted(dir(builtins))
print(repr(result))
'''


def probe(command):
    done = subprocess.run(command + ["-c", PROBE], capture_output=True, text=True)
    if done.returncode != 0:
        # Krait may lack -c: run the probe from a file instead.
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(PROBE)
        done = subprocess.run(command + [f.name], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("probe failed under %s:\n%s" % (command[0], done.stderr))
    import ast
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def main():
    krait = sys.argv[1] if len(sys.argv) > 1 else "build/krait"
    expected = probe([sys.executable])
    actual = probe([krait])
    clean = True
    for name, names in expected.items():
        have = actual.get(name)
        if have is None:
            print("%s: missing type" % name)
            clean = False
            continue
        missing = sorted(set(names) - set(have))
        extra = sorted(set(have) - set(names))
        if missing or extra:
            clean = False
            line = name + ":"
            if missing:
                line += " missing " + " ".join(missing)
            if extra:
                line += " | extra " + " ".join(extra)
            print(line)
    if clean:
        print("all types match")
    return 0 if clean else 1


sys.exit(main())
