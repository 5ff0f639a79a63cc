# Mapping patterns: dicts and subclasses, literal and dotted keys, **rest a
# new dict, get() asked (never __missing__), len() only when keys are given.
# mapping patterns
def describe(config):
    match config:
        case {"type": "int", "value": int(v)}:
            return ("int", v)
        case {"type": "list", "items": [*items]}:
            return ("list", items)
        case {"type": t, **rest} if rest:
            return ("typed with extras", t, rest)
        case {"type": t}:
            return ("typed", t)
        case {1: one, 2.0: two}:
            return ("numeric keys", one, two)
        case {None: n, True: t, False: f}:
            return ("singleton keys", n, t, f)
        case {b"k": v, -3: w}:
            return ("bytes and negative keys", v, w)
        case {**rest}:
            return ("anything", rest)
        case _:
            return "not a mapping"

for config in [{"type": "int", "value": 3}, {"type": "int", "value": "3"}, {"type": "list", "items": (1, 2)},
               {"type": "x", "a": 1}, {"type": "y"}, {1: "a", 2: "b"}, {1.0: "a", 2: "b", 3: "c"},
               {None: 0, 1: 1, 0: 2}, {b"k": 1, -3: 2}, {"other": 1}, {}, [("type", 1)], "type"]:
    print(describe(config))

# keys from attribute lookups are evaluated each time the case is tried
class Keys:
    A = "a"
    B = "b"
match {"a": 1, "b": 2, "c": 3}:
    case {Keys.A: x, Keys.B: y, **others}:
        print(x, y, others)

# rest is a new dict (of type dict) and the subject is unchanged
d = {"k": 1, "l": 2}
match d:
    case {"k": _, **rest}:
        rest["new"] = 3
        print(rest, d, type(rest).__name__)

# dict subclasses: get() is what is asked, __missing__ never runs
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
    def __missing__(self, key):
        print("  missing", key)
        return 0
t = Tracing(a=1, b=2)
match t:
    case {"a": a, "z": z}:
        print("has z")
    case {"a": a, "b": b, **rest}:
        print("a and b", a, b, rest, type(rest).__name__)

class Tracing2(dict):
    def __len__(self):
        print("  len")
        return super().__len__()
match Tracing2(a=1):
    case {}:
        print("empty pattern asks no len")
match Tracing2(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 1}:
        print("len asked")

# a mapping with fewer items than keys is rejected before any lookup
match Tracing(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case _:
        print("too short")

# nested
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str(name), "roles": [*_, "dev"]}}:
        print(name, "is a developer")
