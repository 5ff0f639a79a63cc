# Import statements: dotted names, aliases, relative levels (incl. '...' token), star, parenthesized lists.
import os
import os.path
import os.path as osp
import os, sys
import os as o, sys as s, a.b.c as d
import a.b.c.d.e
from os import path
from os import path as p
from os import path, sep
from os import path as p, sep as s
from os import (path)
from os import (path, sep)
from os import (path, sep,)
from os import (
    path as p,
    sep,
)
from os import *
from . import a
from .. import a
from ... import a
from .... import a
from ..... import a
from ...... import a
from .a import b
from ..a import b
from ...a import b
from ....a.b import c
from . a import b
from . . . a import b
from .a.b.c import (d, e as f)
from . import *
from .. a import *
from __future__ import annotations
from __future__ import (division, print_function)
import \
    os
from a import b; import c
from match import case
import match, case, _
from ._ import _ as _
