# Random JSON texts (valid and broken) decoded and random values encoded by
# _json, compared with CPython's: json.decoder is stood in for as in 1206.
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


import _random
rng = _random.Random(1234)
def rint(n): return int(rng.random() * n)
pieces = ['{', '}', '[', ']', ',', ':', '"a"', '"\\u00e9"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\x"', '"\\', '1', '-', '0', '01', '1.5', '1e5', '-2.5E-3', '.5', 'true', 'false', 'null', 'NaN', '-Infinity', 'Infinity', ' ', '\n', '\t', '"é"', '"\x01"', 'tru', '1.', '1e', '"\\uZZZZ"', '"ab\\ncd"', '"\\u12"', '{"k": 1}', '[1, 2]']
for case in range(500):
    text = "".join(pieces[rint(len(pieces))] for _ in range(rint(8)))
    try:
        result = loads(text)
        print(case, "ok", repr(result))
    except Exception as error:
        print(case, type(error).__name__, error)
    try:
        print(case, "strict", repr(loads(text, strict=False)))
    except Exception as error:
        print(case, type(error).__name__, error)
values = [None, True, False, 0, -1, 10**20, 1.5, -0.0, 1e300, float("inf"), "", "a\"\\\n\u00e9\U0001f600\x7f", [], {}, (1,), {"k": [1, {"n": None}]}, {1: 2}, {2.5: 1}, {None: 1}, {True: 0}]
for case in range(200):
    value = [values[rint(len(values))] for _ in range(rint(4))]
    if rint(2):
        value = {str(i) + "k": v for i, v in enumerate(value)}
    for kw in [{}, {"sort_keys": True}, {"ensure_ascii": False}, {"allow_nan": False}, {"separators": (",", ":")}]:
        try:
            print(case, dumps(value, **kw))
        except Exception as error:
            print(case, type(error).__name__, error)
