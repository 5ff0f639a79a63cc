# Module attribute errors and PEP 562's module __getattr__.
import imported_basic
import imported_getattr
import sys

try:
    imported_basic.missing
except AttributeError as error:
    print(type(error).__name__, error)
try:
    sys.missing
except AttributeError as error:
    print(error)
try:
    del imported_basic.missing
except AttributeError as error:
    print(error)
print(imported_getattr.present, imported_getattr.dynamic_value)
try:
    imported_getattr.other
except AttributeError as error:
    print(error)
from imported_getattr import dynamic_name
print(dynamic_name)
module = type(sys)("nameless")
del module.__name__
try:
    module.anything
except AttributeError as error:
    print(error)
module = type(sys)("other")
module.__name__ = 5
try:
    module.anything
except AttributeError as error:
    print(error)
for arguments in [(), (1,), ("a", "b", "c")]:
    try:
        type(sys)(*arguments)
    except TypeError as error:
        print(error)
