# from m import *: the names in __all__, else the public ones.
from imported_all import *
print(listed, _listed_private)
try:
    unlisted
except NameError as error:
    print(error)
from imported_public import *
print(alpha, beta)
try:
    _gamma
except NameError as error:
    print(error)
from imported_package import *
print(sibling.shared, shared_name, package_value)
import sys
module = type(sys)("star_source")
module.__all__ = ("one", 2)
module.one = 1
sys.modules["star_source"] = module
try:
    from star_source import *
except TypeError as error:
    print(error)
print(one)
module.__all__ = ["missing"]
try:
    from star_source import *
except AttributeError as error:
    print(error)
del module.__all__
module.__dict__[3] = "non-str key"
try:
    from star_source import *
except TypeError as error:
    print(error)
