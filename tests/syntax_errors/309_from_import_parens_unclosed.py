# from-import parenthesized list never closed
from .. import (a, b
