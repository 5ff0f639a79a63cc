# _imp, the native half of importlib.
import _imp
import sys

print(_imp.is_builtin("sys"), _imp.is_builtin("builtins"), _imp.is_builtin("_imp"), _imp.is_builtin("no_such"))
print(_imp.is_frozen("no_such"), _imp.find_frozen("no_such"))
print(_imp.init_frozen("no_such"))
for function in (_imp.get_frozen_object, _imp.is_frozen_package):
    try:
        function("no_such")
    except ImportError as error:
        print(type(error).__name__, error, error.name)
print(_imp.check_hash_based_pycs)
print(type(_imp.extension_suffixes()).__name__)
print(_imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as error:
    print("RuntimeError", error)
h1 = _imp.source_hash(1234, b"a = 1\n")
h2 = _imp.source_hash(1234, b"a = 2\n")
print(type(h1).__name__, len(h1), h1 == _imp.source_hash(1234, b"a = 1\n"), h1 != h2)
try:
    _imp.source_hash(1234)
except TypeError as error:
    print("TypeError", error)


class Spec:
    name = "errno"


errno_module = _imp.create_builtin(Spec())
print(_imp.exec_builtin(errno_module))
print(type(errno_module).__name__, errno_module.__name__, errno_module.ENOENT)
print(_imp.create_builtin(type("S", (), {"name": "sys"})()) is sys)

code = compile("def f():\n    return 1\n", "old.py", "exec")
_imp._fix_co_filename(code, "new.py")
print(code.co_filename, [c.co_filename for c in code.co_consts if hasattr(c, "co_filename")])
try:
    _imp._fix_co_filename("x", "y")
except TypeError as error:
    print("TypeError", error)
