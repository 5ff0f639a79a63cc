# from-import with nothing to import
from os import
