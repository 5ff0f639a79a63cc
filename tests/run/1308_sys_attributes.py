# sys attributes the standard library reads.
import sys

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())
print(sys.warnoptions, sys._xoptions, sys.platform, sys.byteorder, sys.maxunicode, sys.api_version)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.float_info.mant_dig, sys.hash_info.width)
print(type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names, 'posix' in sys.stdlib_module_names)
print('sys' in sys.builtin_module_names, 'posix' in sys.builtin_module_names, 'errno' in sys.builtin_module_names)
print(sys.platlibdir, type(sys.prefix).__name__, sys.copyright.startswith('Copyright'), sys.thread_info.name)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0, sys.getsizeof(object(), 5) > 0)
print(sys.call_tracing(max, (1, 5, 3)), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
print(sys.audit('x', 1), sys.addaudithook(lambda *a: None), sys.getswitchinterval())
print(sys.get_asyncgen_hooks(), sys.set_asyncgen_hooks(firstiter=None), tuple(sys.get_asyncgen_hooks()))


def outer():
    return inner()


def inner():
    frame = sys._getframe()
    caller = sys._getframe(1)
    return frame.f_code.co_name, caller.f_code.co_name, frame.f_back.f_code.co_name, caller.f_globals['__name__']


print(outer(), sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as error:
    print(error)
print(sys.intern('abc') is sys.intern('ab' + 'c'), sys.__unraisablehook__ is sys.unraisablehook)
print(sys.exc_info(), sys.exception())
