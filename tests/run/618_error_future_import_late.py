# A __future__ import after other statements is a SyntaxError of the compiler.
import sys
from __future__ import annotations
