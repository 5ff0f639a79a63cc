# dotted name in from-import target
from os import path.join
