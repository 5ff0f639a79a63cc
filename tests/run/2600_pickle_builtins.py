# pickle.dumps of built-in values over every protocol: the bytes as CPython
# writes them (object.__reduce_ex__, __getnewargs__, the builtins' own
# __reduce__), and the round trip.
import pickle

values = [
    0, -1, 255, 65536, 2 ** 70, -(2 ** 70), 1.5, -0.0, 1 + 2j, True, None,
    "", "ascii", "é€😀", b"", b"bytes\x00\xff", bytearray(), bytearray(b"ba"),
    (), (1,), (1, 2, 3), [], [1, [2, [3]]], {}, {"a": 1, "b": [2]},
    {1, 2, 3}, frozenset({4, 5}), frozenset(), range(5), range(1, 10, 3), slice(1, None, 2),
    Ellipsis, NotImplemented, len, pickle.whichmodule, int, list[int], dict[str, int],
]
for value in values:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        same = back == value or (back is value)
        shown = value.__name__ if callable(value) and not isinstance(value, type) else repr(value)
        print(protocol, shown, data, same, type(back).__name__)

# Shared and recursive structures keep their shape.
shared = [1, 2]
nested = [shared, shared, {"k": shared}]
for protocol in range(6):
    back = pickle.loads(pickle.dumps(nested, protocol))
    print(protocol, back, back[0] is back[1], back[2]["k"] is back[0])
recursive = [1]
recursive.append(recursive)
mapping = {}
mapping["self"] = mapping
for protocol in range(6):
    back = pickle.loads(pickle.dumps(recursive, protocol))
    again = pickle.loads(pickle.dumps(mapping, protocol))
    print(protocol, back[1] is back, again["self"] is again, pickle.dumps(recursive, protocol))
