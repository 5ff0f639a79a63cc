# The contents of coll's native modules and of their types match CPython's
# (OrderedDict instances have no __dict__ in Krait yet: left out).
import _abc
import _collections
import _json
import _random
import _sha512
import _struct

for obj in [_collections, _collections.deque, _collections.defaultdict, _collections.OrderedDict,
            _collections._tuplegetter, _collections._deque_iterator, _struct, _struct.Struct, _json,
            _json.make_scanner, _json.make_encoder, _random, _random.Random, _abc, _sha512, _sha512.sha512]:
    hidden = {"__file__", "__loader__", "__spec__", "__builtins__", "__cached__", "__dict__"}
    print(getattr(obj, "__name__", obj), sorted(n for n in dir(obj) if n not in hidden))
print(_collections.deque.__module__, _collections.OrderedDict.__module__, _struct.Struct.__module__,
      _json.make_scanner.__module__, _random.Random.__module__, _struct.error.__module__)
