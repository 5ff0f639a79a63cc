# _json driven directly, as json.decoder and json.encoder drive it (the json
# package itself needs re); json.decoder is stood in for by a module whose
# JSONDecodeError words errors as the real one.
import sys
import _json

Module = type(sys)
package = Module("json")
decoder_module = Module("json.decoder")


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.pos = pos


decoder_module.JSONDecodeError = JSONDecodeError
package.decoder = decoder_module
sys.modules["json"] = package
sys.modules["json.decoder"] = decoder_module


class Context:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.__getitem__


def loads(text, **settings):
    context = Context()
    for name, value in settings.items():
        setattr(context, name, value)
    scan_once = _json.make_scanner(context)
    index = len(text) - len(text.lstrip(" \t\n\r"))
    try:
        value, end = scan_once(text, index)
    except StopIteration as err:
        raise JSONDecodeError("Expecting value", text, err.value) from None
    end += len(text[end:]) - len(text[end:].lstrip(" \t\n\r"))
    if end != len(text):
        raise JSONDecodeError("Extra data", text, end)
    return value


def default(o):
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


def dumps(value, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, skipkeys=False,
          separators=(", ", ": "), default=default, encoder=None):
    if encoder is None:
        encoder = _json.encode_basestring_ascii if ensure_ascii else _json.encode_basestring
    markers = {} if check_circular else None
    make = _json.make_encoder(markers, default, encoder, None, separators[1], separators[0], sort_keys, skipkeys,
                              allow_nan)
    chunks = make(value, 0)
    return "".join(chunks)


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


doc = {"b": [1, 2.5, -3e10, True, False, None, "x\"y\\z\n\t\u00e9\u4e2d\U0001f600"], "a": {"nested": [[], {}, [1, [2, [3]]]]},
       "n": 10**30, "f": 1e-7, "neg": -0.0, "t": (1, "two")}
for settings in [{}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
    text = dumps(doc, **settings)
    print(text)
    print(loads(text) == loads(dumps(doc)))
print(dumps([float("inf"), float("-inf"), float("nan")]))
attempt(lambda: dumps(float("nan"), allow_nan=False))
attempt(lambda: dumps({1: 2, 2.5: 3, True: 4, None: 5, "s": 6, 10**20: 7, float("inf"): 8}))
attempt(lambda: dumps({(1,): 2}))
print(dumps({(1,): 2, "a": 1}, skipkeys=True), dumps({(1,): 2}, skipkeys=True))
attempt(lambda: dumps({1: 2, "a": 3}, sort_keys=True))
attempt(lambda: dumps(object()))
print(dumps({"s": {3, 1}}, default=sorted), dumps([b"x"], default=lambda b: b.decode()))
loop = []
loop.append(loop)
attempt(lambda: dumps(loop))
mapping = {}
mapping["d"] = mapping
attempt(lambda: dumps(mapping))
attempt(lambda: dumps(loop, check_circular=False))
attempt(lambda: dumps(object(), default=lambda o: o))
print(dumps((1, 2)), dumps("\x00\x1f\x7f"), dumps("\x00\x1f\x7f", ensure_ascii=False))


class Int(int):
    pass


class Float(float):
    def __repr__(self):
        return "custom"


class Text(str):
    pass


print(dumps([Int(5), Float(2.5), True, Text("t")]), dumps({Text("k"): Int(1)}))
print(dumps(["a"], encoder=lambda s: "<" + s + ">"))
attempt(lambda: dumps(["a"], encoder=lambda s: 1))
attempt(lambda: _json.make_encoder([], None, None, None, ":", ",", False, False, True))
attempt(lambda: _json.make_encoder(None, None, None, None, 1, ",", False, False, True))
from _collections import defaultdict, deque
print(dumps(defaultdict(int, {"z": 1, "a": 2}), sort_keys=True))
attempt(lambda: dumps(deque([1])))

for bad in ["", " ", "[", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}', "[1,]", "[1 2]", '"abc', '"\\x"',
            '"\\u12"', '"\\u12zz"', "nul", "01", "-", "1.", "1e", "[1] x", '"a\nb"', "{1:2}", '{"a":1,}', "tru",
            "-Infinity", "NaN", "Infinity", "-Infinityx", '"\\ud834\\udd1e"', '"\\ud834x"', '"\\udd1e"',
            '"\\ud834\\u0041"', "1.5e+3", "-0", "-0.0e-0", "123456789012345678901234567890", "1E5", "-12.5E-2",
            '{"a": [1, {"b": null}]}  ', '["\u00e9", "\U0001f600", "x"]', "\n[\n1\n,\n2\n", "[1,\n  x]"]:
    attempt(lambda: loads(bad))
print(loads('{"a": 1, "a": 2}'), loads("[1.5]", parse_float=str), loads("[7]", parse_int=float))
print(loads("[NaN]", parse_constant=lambda s: s))
print(loads('{"b": 1, "a": 2}', object_pairs_hook=list), loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(loads('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041"'))
print(loads('"a\x00b"', strict=False))
attempt(lambda: loads('"a\x00b"'))
keys = loads('[{"key": 1}, {"key": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
print(_json.scanstring('"abc" x', 1), _json.scanstring('ab\\nc"', 0, True), _json.scanstring('\u00e9\\u00e9"', 0))
attempt(lambda: _json.scanstring(1, 0))
attempt(lambda: _json.scanstring('"', 5))
print(_json.encode_basestring_ascii('a"\u00e9\U0001f600'), _json.encode_basestring('a"\u00e9\n'))
attempt(lambda: _json.encode_basestring_ascii(1))
scanner = _json.make_scanner(Context())
attempt(lambda: scanner("[1]", 5))
attempt(lambda: scanner("  1", 2))
attempt(lambda: scanner("1", -1))
attempt(lambda: scanner(b"1", 0))
print(scanner.strict, scanner.parse_int, scanner.object_hook)
attempt(lambda: loads("[" * 100000 + "]" * 100000))
deep = []
for _ in range(100000):
    deep = [deep]
attempt(lambda: dumps(deep))
attempt(lambda: loads("{" + '"a": {' * 100000))
print(dumps({"key": "val"}, separators=(", ", ": ")), dumps([1, [2]], separators=("|", "=")))
big = {"k%d" % i: [i, str(i) * 3, i / 7, {"n": None}] for i in range(300)}
print(loads(dumps(big)) == big, len(dumps(big, sort_keys=True)))
