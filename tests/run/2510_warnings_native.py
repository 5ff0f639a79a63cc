# _warnings.warn, the native function importlib warns through.
import _warnings
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    _warnings.warn("plain text")
    _warnings.warn("deprecated thing", DeprecationWarning)
    _warnings.warn("import trouble", ImportWarning, stacklevel=1)
    _warnings.warn(RuntimeWarning("an instance"))
    _warnings.warn(message="by keyword", category=FutureWarning)
for warning in caught:
    print(warning.category.__name__, warning.message, warning.filename == __file__, warning.lineno)
try:
    _warnings.warn("x", 5)
except TypeError as error:
    print("TypeError", error)
try:
    _warnings.warn("x", int)
except TypeError as error:
    print("TypeError", error)
try:
    _warnings.warn()
except TypeError as error:
    print("TypeError", error)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        _warnings.warn("now an error", UserWarning)
    except UserWarning as error:
        print("UserWarning", error)
