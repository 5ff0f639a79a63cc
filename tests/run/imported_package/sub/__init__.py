print("sub runs:", __name__, __package__)
from .. import sibling
from ..sibling import where
from . import leaf
